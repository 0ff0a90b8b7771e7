//! # Exercise 12: race and timeout (another answer: `futures::future::select`)
//!
//! `select` takes two futures and returns the output of the first to end together with the
//! other one, still unfinished: the loser is handed back, not dropped, in case you want to await
//! it later. Here nobody does, so it is dropped at once, which cancels the request at the
//! deadline. `select` wants futures that can be moved once polled (`Unpin`), so each is boxed
//! with `Box::pin`: the box owns the future, and dropping the box drops it. (`std::pin::pin!`
//! would pin it on the stack instead, and dropping the returned `Pin<&mut _>` would only drop a
//! reference: the request would live on, unpolled, until the end of the function.)

use std::time::Duration;

use futures::future::{Either, select};
use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::sleep;

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let request = Box::pin(fetch_forecast(city));
    let timer = Box::pin(sleep(deadline));
    match select(request, timer).await {
        Either::Left((fresh, _timer)) => fresh,
        Either::Right(((), late_request)) => {
            // The request lost the race: dropping it is what cancels it.
            drop(late_request);
            read_cached_forecast(city).await
        }
    }
}
