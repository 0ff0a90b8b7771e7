//! Expect: solved
//! Hands every photo to the blocking pool and awaits the handles with `try_join_all`, which stops at the first `JoinError`, beside the reply in one `join!`.

use futures::future::try_join_all;
use stand_ins::{post_reply, resize_image};

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let handles = photos
        .into_iter()
        .map(|photo| tokio::task::spawn_blocking(move || resize_image(&photo)));
    let (resized, post) = tokio::join!(try_join_all(handles), post_reply(text));
    (post, resized.expect("a resize panicked"))
}
