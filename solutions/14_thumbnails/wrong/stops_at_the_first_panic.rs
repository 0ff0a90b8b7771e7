//! # Exercise 14, a known wrong answer: the album stops at the first panic
//!
//! The mistake: treating a panic like `?` treats an error, and returning at the first
//! `JoinError`. The panicked photo is reported, but every photo after it in the album loses its
//! thumbnail, made or not, and the renderings still under way are left running, their handles
//! dropped. One photo's failure is that photo's alone: record it and go on to the next handle.
//!
//! Fails with: cancellation, timing, value

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
        match rendering.await {
            Ok(thumbnail) => made.push(Ok(thumbnail)),
            Err(error) => {
                made.push(Err(format!(
                    "photo {photo} panicked: {}",
                    message(error.into_panic())
                )));
                break;
            }
        }
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
