//! # Exercise 14, a known wrong answer: every handle unwrapped
//!
//! The mistake: spawning, then `.unwrap()` on each `JoinHandle`'s result. Spawning did put the
//! panic in a box: tokio caught it, and the other renderings ran on. But `unwrap` on the
//! `Err(JoinError)` panics again, this time in the code that was awaiting the handles, and the
//! whole page goes down as before. Match on the result instead.
//!
//! Fails with: panicked

use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
///
/// # Panics
/// When a rendering panicked: its handle's error is unwrapped.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let renderings: Vec<_> = photos
        .iter()
        .map(|&photo| tokio::spawn(make_thumbnail(photo)))
        .collect();
    let mut made = Vec::with_capacity(renderings.len());
    for rendering in renderings {
        made.push(Ok(rendering.await.unwrap()));
    }
    made
}
