//! Expect: solved
//! Computes the instant of the deadline and races the request against it with `tokio::time::timeout_at`, reading the cache only in the `else` branch.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::{Instant, timeout_at};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let until = Instant::now() + deadline;
    if let Ok(fresh) = timeout_at(until, fetch_forecast(city)).await {
        fresh
    } else {
        read_cached_forecast(city).await
    }
}
