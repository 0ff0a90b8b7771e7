//! # Exercise 12, a known wrong answer: the losing request kept alive through the cache read
//!
//! The mistake: racing a request pinned with `pin!` on the stack. `select` takes the pinned
//! futures by reference-like `Pin<&mut _>`, so when the deadline wins, the request is not
//! dropped with the race: it lives on, unpolled, to the end of the function, and is cancelled
//! only after the cache has been read. The fallback is served on time, but the request holds its
//! connection open for nothing. Race the future by value (`Box::pin`, `timeout`, `select!`), so
//! losing drops it at the deadline.
//!
//! Fails with: cancellation

use std::pin::pin;
use std::time::Duration;

use futures::future::{Either, select};
use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::sleep;

/// Returns the forecast of `city`: fresh from the weather service when it answers within
/// `deadline`, otherwise the cached one, read as soon as the deadline passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let request = pin!(fetch_forecast(city));
    let timer = pin!(sleep(deadline));
    match select(request, timer).await {
        Either::Left((fresh, _)) => fresh,
        Either::Right(((), _)) => read_cached_forecast(city).await,
    }
}
