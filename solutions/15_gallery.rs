//! # Exercise 15: CPU-bound work (solution)
//!
//! Each photo goes to `tokio::task::spawn_blocking`, which resizes it on a thread of tokio's
//! blocking pool, a pool kept for work that holds its thread: the runtime's thread stays free
//! for the reply. The closure must own what it works on (`move`, with the photo's `String`), as
//! a spawned task must. Spawning starts every resize at once, each on a thread of its own; the
//! handles are then awaited together with the reply, in one `join!`. A handle gives
//! `Result<String, JoinError>`: `Err` only when the resize panicked, and the panic then goes on
//! here, as if the resize had run in this task.

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
    let resized = resized
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    (post, resized)
}
