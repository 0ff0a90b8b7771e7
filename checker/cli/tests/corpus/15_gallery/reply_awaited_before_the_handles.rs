//! Expect: solved
//! Starts every resize on the blocking pool first, then awaits the reply, then the handles one by one: sequential-looking, but everything was already under way.

use stand_ins::{post_reply, resize_image};

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let mut handles = Vec::new();
    for photo in photos {
        handles.push(tokio::task::spawn_blocking(move || resize_image(&photo)));
    }
    let post = post_reply(text).await;
    let mut resized = Vec::new();
    for handle in handles {
        match handle.await {
            Ok(image) => resized.push(image),
            Err(error) => std::panic::resume_unwind(error.into_panic()),
        }
    }
    (post, resized)
}
