//! Expect: solved
//! Spawns every rendering and waits for all the handles with `join_all`, which never stops at an error; each `JoinError` becomes its photo's failure.

use futures::future::join_all;
use stand_ins::make_thumbnail;

pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let handles = photos
        .iter()
        .map(|&photo| tokio::spawn(make_thumbnail(photo)));
    let outcomes = join_all(handles).await;
    photos
        .iter()
        .zip(outcomes)
        .map(|(photo, outcome)| {
            outcome.map_err(|error| {
                let panic = error.into_panic();
                let text = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                    .unwrap_or_default();
                format!("photo {photo} panicked: {text}")
            })
        })
        .collect()
}
