//! # Exercise 15, a known wrong answer: the reply posted once the photos are done
//!
//! The mistake: every photo goes to the blocking pool at once, rightly, but the code then awaits
//! all the resizes before it even sends the reply. The runtime's thread was free the whole time,
//! with nothing to do: the reply does not need the photos, so it could have been under way since
//! 0 ms. Await the resizes and the reply together.
//!
//! Fails with: ordering, timing

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
    let resized = join_all(resizing)
        .await
        .into_iter()
        .map(|image| image.expect("resize_image panicked"))
        .collect();
    let post = post_reply(text).await;
    (post, resized)
}
