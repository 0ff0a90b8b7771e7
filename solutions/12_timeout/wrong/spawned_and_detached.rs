//! # Exercise 12, a known wrong answer: a spawned request whose handle is dropped
//!
//! The mistake: trusting `timeout` to cancel a spawned request. The fallback is served on time,
//! but what `timeout` drops at the deadline is the `JoinHandle`, and dropping a handle only
//! detaches its task: the request runs on in the background, for an answer nobody will read.
//! Keep the handle and `abort` it, or do not spawn at all.
//!
//! Fails with: cancellation

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
///
/// # Panics
/// When the request panics: its handle's error carries that panic.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let owned = city.to_owned();
    let request = tokio::spawn(async move { fetch_forecast(&owned).await });
    match tokio::time::timeout(deadline, request).await {
        Ok(fresh) => fresh.expect("the request panicked"),
        Err(_elapsed) => read_cached_forecast(city).await,
    }
}
