//! Expect: not allowed
//! Resizes each photo on a `std::thread` of its own and sends the result back on a oneshot channel: parallel on a real clock, but outside the runtime whose clock the course reads.

use stand_ins::{post_reply, resize_image};
use std::thread;

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let receivers: Vec<_> = photos
        .into_iter()
        .map(|photo| {
            let (sender, receiver) = tokio::sync::oneshot::channel();
            thread::spawn(move || {
                let _ = sender.send(resize_image(&photo));
            });
            receiver
        })
        .collect();
    let (resized, post) = tokio::join!(futures::future::join_all(receivers), post_reply(text));
    (post, resized.into_iter().map(Result::unwrap).collect())
}
