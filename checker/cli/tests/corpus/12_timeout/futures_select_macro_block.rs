//! Expect: solved
//! Races the fused request and timer with `futures::select!` inside a block that yields an `Option`, so the request is dropped before the cache is read.

use std::time::Duration;

use futures::FutureExt as _;
use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::sleep;

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let fresh = {
        let mut request = Box::pin(fetch_forecast(city).fuse());
        let mut timer = Box::pin(sleep(deadline).fuse());
        futures::select! {
            fresh = request => Some(fresh),
            () = timer => None,
        }
    };
    match fresh {
        Some(fresh) => fresh,
        None => read_cached_forecast(city).await,
    }
}
