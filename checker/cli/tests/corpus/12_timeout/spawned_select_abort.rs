//! Expect: solved
//! Spawns the request, races its `JoinHandle` (by `&mut`) against a sleep with `tokio::select!`, and aborts the task when the deadline wins.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::sleep;

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let owned = city.to_owned();
    let mut request = tokio::spawn(async move { fetch_forecast(&owned).await });
    tokio::select! {
        fresh = &mut request => fresh.expect("the request panicked"),
        () = sleep(deadline) => {
            request.abort();
            read_cached_forecast(city).await
        }
    }
}
