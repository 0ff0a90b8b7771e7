//! # Exercise 14: a task that panics (another answer: a `JoinSet`)
//!
//! The renderings go into a `JoinSet`, which hands back each task's result as it ends. A task
//! that panicked gives back no output, so nothing it returns can say which photo it was: the set
//! names tasks by their `task::Id` instead. `join_next_with_id` gives the id with every result,
//! the `JoinError` of a panic included, and a map from ids to places puts each result where its
//! photo is.

use std::any::Any;
use std::collections::HashMap;

use tokio::task::JoinSet;

use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let mut renderings = JoinSet::new();
    let mut places = HashMap::new();
    for (place, &photo) in photos.iter().enumerate() {
        let task = renderings.spawn(make_thumbnail(photo));
        places.insert(task.id(), place);
    }
    let mut made = vec![Err(String::new()); photos.len()];
    while let Some(joined) = renderings.join_next_with_id().await {
        let (id, result) = match joined {
            Ok((id, thumbnail)) => (id, Ok(thumbnail)),
            Err(error) => (error.id(), Err(error)),
        };
        let place = places[&id];
        made[place] = result.map_err(|error| {
            let photo = photos[place];
            if error.is_panic() {
                format!("photo {photo} panicked: {}", message(error.into_panic()))
            } else {
                format!("photo {photo} was cancelled")
            }
        });
    }
    made
}

/// The message a panic was raised with: `panic!` with arguments leaves a `String` as its
/// payload, `panic!` with a plain literal a `&str`.
fn message(panic: Box<dyn Any + Send>) -> String {
    if let Some(text) = panic.downcast_ref::<String>() {
        text.clone()
    } else if let Some(text) = panic.downcast_ref::<&str>() {
        (*text).to_owned()
    } else {
        "a panic with a payload that is not text".to_owned()
    }
}
