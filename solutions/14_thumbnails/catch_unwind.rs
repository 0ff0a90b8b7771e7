//! # Exercise 14: a task that panics (another answer: `catch_unwind`, without spawning)
//!
//! The boundary a spawned task gets from tokio can be put around a plain future too:
//! `FutureExt::catch_unwind` polls the future and catches a panic from any of its polls, giving
//! `Err(payload)` in place of the output. The renderings then run together in `join_all`, as in
//! the shipped file, and one panic no longer unwinds through the others. `AssertUnwindSafe` is
//! the promise that nothing the panic interrupted is looked at afterwards in a broken state:
//! here the panicked rendering is simply gone.

use std::any::Any;
use std::panic::AssertUnwindSafe;

use futures::FutureExt as _;
use futures::future::join_all;
use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let renderings = photos.iter().map(|&photo| async move {
        AssertUnwindSafe(make_thumbnail(photo))
            .catch_unwind()
            .await
            .map_err(|panic| format!("photo {photo} panicked: {}", message(panic)))
    });
    join_all(renderings).await
}

/// The message a panic was raised with: `panic!` with arguments leaves a `String` as its
/// payload, `panic!` with a plain literal a `&str`.
fn message(panic: Box<dyn Any + Send>) -> String {
    if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_owned()
    } else {
        "a panic with a payload that is not text".to_owned()
    }
}
