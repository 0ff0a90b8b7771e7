//! Expect: solved
//! Each blocking task returns its photo's place; a `FuturesUnordered` collects them as they end, beside the reply in `futures::join!`, and a sort puts them back in order.

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::{post_reply, resize_image};

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let resizing: FuturesUnordered<_> = photos
        .into_iter()
        .enumerate()
        .map(|(place, photo)| tokio::task::spawn_blocking(move || (place, resize_image(&photo))))
        .collect();
    let (mut done, post) = futures::join!(resizing.collect::<Vec<_>>(), post_reply(text));
    done.sort_by_key(|joined| joined.as_ref().map_or(usize::MAX, |(place, _)| *place));
    let resized = done
        .into_iter()
        .map(|joined| joined.map(|(_, image)| image).expect("a resize panicked"))
        .collect();
    (post, resized)
}
