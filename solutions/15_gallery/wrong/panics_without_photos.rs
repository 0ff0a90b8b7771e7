//! # Exercise 15, a known wrong answer: a reply without photos panics
//!
//! The mistake: `photos.split_first().expect(..)`, assuming every reply has a photo. Most replies
//! have none: then there is nothing to resize, and the reply is simply posted.
//!
//! Fails with: panicked

use futures::future::join_all;
use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked, and when there are no photos.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let (first, rest) = photos
        .split_first()
        .expect("a reply with photos has at least one");
    let resizing: Vec<_> = std::iter::once(first)
        .chain(rest)
        .cloned()
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)))
        .collect();
    let (resized, post) = tokio::join!(join_all(resizing), post_reply(text));
    let resized = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    (post, resized)
}
