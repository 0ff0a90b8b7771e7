//! # Exercise 12, a known wrong answer: the request raced against the cache, not the clock
//!
//! The mistake: `Promise.race([fetchForecast(city), readCachedForecast(city)])`, in Rust. The
//! race is there, but the wrong runner is in it: the cache answers at once, so it wins every
//! time, fresh forecast or not, and the weather service is cancelled at 0 ms. The request has to
//! race a timer; the cache is what the timer's win leads to.
//!
//! Fails with: calls, cancellation, ordering, timing, value

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, _deadline: Duration) -> String {
    tokio::select! {
        fresh = fetch_forecast(city) => fresh,
        cached = read_cached_forecast(city) => cached,
    }
}
