//! # Exercise 12: race and timeout (another answer: a spawned request, aborted)
//!
//! The request runs as a task of its own, and `timeout` waits on its handle through a `&mut`
//! borrow, so the handle is still ours when the deadline passes. Dropping a `JoinHandle` would
//! only detach the task; `abort` is what stops it. An aborted task is dropped the next time the
//! runtime gets to it, at this same instant.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
///
/// # Panics
/// When the request panics: its handle's error carries that panic.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    // A spawned task may outlive this call, so it owns its copy of the city's name.
    let owned = city.to_owned();
    let mut request = tokio::spawn(async move { fetch_forecast(&owned).await });
    match tokio::time::timeout(deadline, &mut request).await {
        Ok(fresh) => fresh.expect("the request panicked"),
        Err(_elapsed) => {
            request.abort();
            read_cached_forecast(city).await
        }
    }
}
