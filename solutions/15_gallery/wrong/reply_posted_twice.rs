//! # Exercise 15, a known wrong answer: the reply posted twice
//!
//! The mistake: a second `post_reply(text)` in the same `join!`, as if a spare request cost
//! nothing. Each call is a request to the forum, and each posts the reply: the thread gets the
//! same reply twice. The timing is right, which is why the tests count the calls.
//!
//! Fails with: calls

use futures::future::join_all;
use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let resizing: Vec<_> = photos
        .into_iter()
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)))
        .collect();
    let (resized, post, _spare) =
        tokio::join!(join_all(resizing), post_reply(text), post_reply(text));
    let resized = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    (post, resized)
}
