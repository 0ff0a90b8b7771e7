//! # Exercise 14: a task that panics (solution)
//!
//! Each rendering is spawned as a task of its own. tokio runs every task inside a panic
//! boundary: when one panics, the runtime catches the panic, ends that task alone and keeps it
//! for whoever awaits the task's `JoinHandle`. The handle then gives `Err(JoinError)`, and
//! `is_panic` tells a panic from a cancellation; `into_panic` hands over the panic's payload, whose
//! message becomes the photo's failure. The others run on, untouched, and are awaited in the
//! album's order.

use std::any::Any;

use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let renderings: Vec<_> = photos
        .iter()
        .map(|&photo| (photo, tokio::spawn(make_thumbnail(photo))))
        .collect();
    let mut made = Vec::with_capacity(renderings.len());
    for (photo, rendering) in renderings {
        made.push(match rendering.await {
            Ok(thumbnail) => Ok(thumbnail),
            Err(error) if error.is_panic() => Err(format!(
                "photo {photo} panicked: {}",
                message(error.into_panic())
            )),
            Err(_cancelled) => Err(format!("photo {photo} was cancelled")),
        });
    }
    made
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
