//! # Exercise 15: CPU-bound work (another answer: a `JoinSet`)
//!
//! A `JoinSet` can run blocking work too: `JoinSet::spawn_blocking` hands each photo to the
//! blocking pool and keeps the handle in the set. The set gives results back as the resizes end,
//! fastest first, so each task returns its photo's place with the image, and the images are put
//! back in order. The reply is posted while the set is drained: both are awaited in one `join!`.

use tokio::task::JoinSet;

use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
///
/// # Panics
/// When a resize panicked.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let count = photos.len();
    let mut resizing = JoinSet::new();
    for (place, photo) in photos.into_iter().enumerate() {
        resizing.spawn_blocking(move || (place, resize_image(&photo)));
    }
    let drained = async {
        let mut resized = vec![String::new(); count];
        while let Some(joined) = resizing.join_next().await {
            let (place, image) = joined.expect("resize_image panicked");
            resized[place] = image;
        }
        resized
    };
    let (resized, post) = tokio::join!(drained, post_reply(text));
    (post, resized)
}
