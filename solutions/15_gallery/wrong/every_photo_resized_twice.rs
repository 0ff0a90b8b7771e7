//! # Exercise 15, a known wrong answer: every photo resized twice
//!
//! The mistake: a second `spawn_blocking` per photo whose handle is dropped, left over from an
//! experiment. Dropping a `JoinHandle` does not stop its closure (a closure has no `.await` to
//! stop at): every photo is resized twice, on twice the threads, and the machine does the work
//! twice for nothing.
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
    let mut resizing = Vec::new();
    for photo in photos {
        let again = photo.clone();
        resizing.push(tokio::task::spawn_blocking(move || resize_image(&photo)));
        drop(tokio::task::spawn_blocking(move || resize_image(&again)));
    }
    let (resized, post) = tokio::join!(join_all(resizing), post_reply(text));
    let resized = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    (post, resized)
}
