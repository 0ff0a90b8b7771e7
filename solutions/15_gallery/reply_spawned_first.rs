//! # Exercise 15: CPU-bound work (another answer: the reply spawned too)
//!
//! The reply is spawned as a task of its own, with its own copy of the text, so it runs on the
//! runtime's thread from the moment it is spawned, whoever awaits what. The resizes go to the
//! blocking pool, and the handles are awaited one by one: they all run already, so awaiting the
//! first does not hold the others back. A resize that panicked passes its panic on with
//! `resume_unwind`, as if it had run here.

use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize or the reply panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let text = text.to_owned();
    let posting = tokio::spawn(async move { post_reply(&text).await });
    let resizing: Vec<_> = photos
        .into_iter()
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)))
        .collect();
    let mut resized = Vec::with_capacity(resizing.len());
    for handle in resizing {
        resized.push(
            handle
                .await
                .unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic())),
        );
    }
    let post = posting
        .await
        .unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic()));
    (post, resized)
}
