//! # Exercise 14, a known wrong answer: each task awaited as soon as it is spawned
//!
//! The mistake: `tokio::spawn(make_thumbnail(photo)).await` in the loop. Every panic is caught
//! and reported, but the next photo is spawned only once the one before it is done, so the
//! renderings run one after another and the album takes the sum of their times. Spawn them
//! all first, then await the handles.
//!
//! Fails with: ordering, timing

use std::any::Any;

use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let mut made = Vec::with_capacity(photos.len());
    for &photo in photos {
        made.push(
            tokio::spawn(make_thumbnail(photo))
                .await
                .map_err(|error| {
                    format!("photo {photo} panicked: {}", message(error.into_panic()))
                }),
        );
    }
    made
}

/// The message a panic was raised with.
fn message(panic: Box<dyn Any + Send>) -> String {
    panic
        .downcast_ref::<String>()
        .cloned()
        .unwrap_or_else(|| "a panic".to_owned())
}
