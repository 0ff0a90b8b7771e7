//! # Exercise 15, a known wrong answer: the reply first in `join!`, the resizing in place
//!
//! The mistake: putting the reply first, so that its request goes out at 0 ms, and resizing in
//! the same `join!` as before. With one photo the whole even takes the right time. But the
//! resizing still holds the runtime's only thread: the reply's answer, there at 200 ms, is taken
//! only when the photo is done, and with several photos they are resized one after another.
//! Everything else on the runtime (other members' requests, timers) would wait just the same.
//!
//! Fails with: blocked_thread, ordering, timing

use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let resized = async {
        photos
            .iter()
            .map(|photo| resize_image(photo))
            .collect::<Vec<_>>()
    };
    tokio::join!(post_reply(text), resized)
}
