//! # Exercise 12: race and timeout (solution)
//!
//! `tokio::time::timeout` races a future against a timer: it returns `Ok` with the future's
//! output when the future ends first, and `Err(Elapsed)` the moment the deadline passes. In that
//! case it drops the future, which cancels the request: it was suspended at an `.await`, and a
//! dropped future is never polled again. Only then, on the `Err` path, is the cache read, so a
//! fast answer costs no cache read at all.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    match tokio::time::timeout(deadline, fetch_forecast(city)).await {
        Ok(fresh) => fresh,
        Err(_elapsed) => read_cached_forecast(city).await,
    }
}
