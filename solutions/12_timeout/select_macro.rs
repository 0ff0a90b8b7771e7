//! # Exercise 12: race and timeout (another answer: `tokio::select!`)
//!
//! The closest thing to `Promise.race`: `select!` polls both branches, and the first to end
//! decides. Its other branches are dropped, so when the timer wins, the request is cancelled
//! before the cached forecast is read. `timeout` is this very `select!`, written once for you.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::sleep;

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    tokio::select! {
        fresh = fetch_forecast(city) => fresh,
        () = sleep(deadline) => read_cached_forecast(city).await,
    }
}
