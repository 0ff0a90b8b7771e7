//! Expect: not yet
//! Polls a first `post_reply` once and drops it, then posts again beside the resizes: right times and values, but the forum was asked twice.

use futures::FutureExt as _;
use futures::future::join_all;
use stand_ins::{post_reply, resize_image};

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let _ = post_reply(text).now_or_never();
    let resizing: Vec<_> = photos
        .into_iter()
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)))
        .collect();
    let (resized, post) = tokio::join!(join_all(resizing), post_reply(text));
    (post, resized.into_iter().map(Result::unwrap).collect())
}
