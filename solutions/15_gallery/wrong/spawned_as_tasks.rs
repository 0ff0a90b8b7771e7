//! # Exercise 15, a known wrong answer: each resize spawned as a task
//!
//! The mistake: `tokio::spawn(async move { resize_image(&photo) })`, as if spawning moved work
//! to another thread. A task runs on the runtime's threads, and here the runtime has one: the
//! resizes run there, one after another, each holding the thread until it returns. The reply is
//! sent at 0 ms, but its answer waits to be taken until the last photo is done. CPU work needs a
//! thread of its own: `spawn_blocking`.
//!
//! Fails with: blocked_thread, ordering, timing

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
        .map(|photo| tokio::spawn(async move { resize_image(&photo) }))
        .collect();
    let (resized, post) = tokio::join!(join_all(resizing), post_reply(text));
    let resized = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    (post, resized)
}
