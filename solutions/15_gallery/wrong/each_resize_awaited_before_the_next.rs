//! # Exercise 15, a known wrong answer: each blocking task awaited as soon as it is spawned
//!
//! The mistake: `spawn_blocking(...).await` in a loop, and the reply after it. Every resize does
//! run on the blocking pool, and the runtime's thread is free, but nothing else was started to
//! use it: each photo waits for the one before it, and the reply for the last photo. The work
//! takes the sum of its parts. Spawn every resize first, then await them with the reply.
//!
//! Fails with: ordering, timing

use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let mut resized = Vec::with_capacity(photos.len());
    for photo in photos {
        let image = tokio::task::spawn_blocking(move || resize_image(&photo)).await;
        resized.push(image.expect("resize_image panicked"));
    }
    let post = post_reply(text).await;
    (post, resized)
}
