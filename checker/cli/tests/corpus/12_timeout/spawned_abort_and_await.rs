//! Expect: solved
//! Spawns the request and waits on its handle with `timeout`; when the deadline passes it aborts the task and awaits the handle to be sure it is gone before reading the cache.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let owned = city.to_owned();
    let mut request = tokio::spawn(async move { fetch_forecast(&owned).await });
    if let Ok(fresh) = tokio::time::timeout(deadline, &mut request).await {
        return fresh.expect("the request panicked");
    }
    request.abort();
    let _cancelled = request.await;
    read_cached_forecast(city).await
}
