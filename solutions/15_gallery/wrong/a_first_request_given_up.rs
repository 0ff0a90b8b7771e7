//! # Exercise 15, a known wrong answer: a first request given up, then the reply posted again
//!
//! The mistake: `post_reply(text).now_or_never()` to "get the request going" before the photos,
//! then a second `post_reply(text)` in the `join!`. `now_or_never` polls the future once and,
//! as it is not ready, drops it: the first request went out and was abandoned, and the forum is
//! asked twice. A future that is dropped is cancelled, not paused.
//!
//! Fails with: calls

use futures::FutureExt as _;
use futures::future::join_all;
use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let _abandoned = post_reply(text).now_or_never();
    let resizing: Vec<_> = photos
        .into_iter()
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)))
        .collect();
    let (resized, post) = tokio::join!(join_all(resizing), post_reply(text));
    let resized = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    (post, resized)
}
