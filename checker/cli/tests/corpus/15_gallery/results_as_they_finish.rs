//! Expect: not yet
//! A `JoinSet` of blocking tasks collected with `join_all`: the photos come back in the order their resizes finished, not the order they were attached.

use stand_ins::{post_reply, resize_image};

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let mut set = tokio::task::JoinSet::new();
    for photo in photos {
        set.spawn_blocking(move || resize_image(&photo));
    }
    let (resized, post) = tokio::join!(set.join_all(), post_reply(text));
    (post, resized)
}
