//! Expect: not yet
//! Measures the deadline on the real clock with `std::time::Instant`, which does not move on the paused clock.

use std::time::{Duration, Instant};

use stand_ins::{fetch_forecast, read_cached_forecast};

pub async fn forecast(city: &str, deadline: Duration) -> String {
    let start = Instant::now();
    let fresh = fetch_forecast(city).await;
    if start.elapsed() <= deadline {
        fresh
    } else {
        read_cached_forecast(city).await
    }
}
