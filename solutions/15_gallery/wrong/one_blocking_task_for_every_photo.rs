//! # Exercise 15, a known wrong answer: one blocking task resizes every photo
//!
//! The mistake: a single `spawn_blocking` whose closure resizes the photos in a loop. The
//! runtime's thread is free and the reply is on time, but one closure runs on one thread: the
//! photos are resized one after another, and the whole takes the sum of their times. One
//! blocking task per photo lets the pool resize them all at once.
//!
//! Fails with: ordering, timing

use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let resizing = tokio::task::spawn_blocking(move || {
        photos
            .iter()
            .map(|photo| resize_image(photo))
            .collect::<Vec<_>>()
    });
    let (resized, post) = tokio::join!(resizing, post_reply(text));
    (post, resized.expect("resize_image panicked"))
}
