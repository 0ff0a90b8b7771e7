//! # Exercise 15, a known wrong answer: at most three resizes at a time
//!
//! The mistake: `stream::iter(photos).map(spawn_blocking).buffered(3)`, from exercise 11. The
//! stream spawns a blocking task only when it has room for it: a fourth photo waits until one of
//! the first three is done. Here nothing asked for a limit, and every photo could have been
//! resized from 0 ms.
//!
//! Fails with: ordering, timing

use futures::stream::{self, StreamExt as _};
use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let resizing = stream::iter(photos)
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)))
        .buffered(3)
        .map(|image| image.expect("resize_image panicked"))
        .collect::<Vec<_>>();
    let (resized, post) = tokio::join!(resizing, post_reply(text));
    (post, resized)
}
