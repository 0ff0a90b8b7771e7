//! # Exercise 12, a known wrong answer: the fallback read before the race
//!
//! The mistake: reading the cache up front, "so that it is ready". The race itself is right, but
//! the cache is read at 0 ms on every call, also when the fresh forecast arrives in time and the
//! cached one is thrown away; and a slow cache would delay even the fast answers. Read it on the
//! path that needs it, once the deadline has passed.
//!
//! Fails with: calls, cancellation, ordering, timing

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let cached = read_cached_forecast(city).await;
    tokio::time::timeout(deadline, fetch_forecast(city))
        .await
        .unwrap_or(cached)
}
