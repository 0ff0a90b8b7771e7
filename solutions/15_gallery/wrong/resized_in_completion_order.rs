//! # Exercise 15, a known wrong answer: the photos in the order their resizes finished
//!
//! The mistake: a `JoinSet` of blocking tasks, collected with `join_all`, which gives results in
//! the order the tasks finish, not the order they were spawned. The timing is right, but the
//! page would show the photos shuffled whenever a later photo is quicker to resize. A `JoinSet`
//! keeps the order only if each task returns its index with its result.
//!
//! Fails with: value

use stand_ins::{post_reply, resize_image};
use tokio::task::JoinSet;

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let mut resizing = JoinSet::new();
    for photo in photos {
        resizing.spawn_blocking(move || resize_image(&photo));
    }
    let (resized, post) = tokio::join!(resizing.join_all(), post_reply(text));
    (post, resized)
}
