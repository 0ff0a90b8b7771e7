//! Expect: solved
//! Lets `tokio::select!` race the request against `sleep_until` and give back an `Option`, then falls back to the cache with `match` once the race is over.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::{Instant, sleep_until};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let timer = sleep_until(Instant::now() + deadline);
    let fresh = tokio::select! {
        fresh = fetch_forecast(city) => Some(fresh),
        () = timer => None,
    };
    match fresh {
        Some(fresh) => fresh,
        None => read_cached_forecast(city).await,
    }
}
