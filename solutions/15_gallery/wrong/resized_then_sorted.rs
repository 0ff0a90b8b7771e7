//! # Exercise 15, a known wrong answer: the resized photos sorted
//!
//! The mistake: `sort()` on the results "to put them back in order". Sorting puts them in the
//! order of their names, which is the order they were attached only by chance. `join_all`
//! already keeps the order of the handles: there was nothing to restore.
//!
//! Fails with: value

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
    let (resized, post) = tokio::join!(join_all(resizing), post_reply(text));
    let mut resized: Vec<String> = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    resized.sort();
    (post, resized)
}
