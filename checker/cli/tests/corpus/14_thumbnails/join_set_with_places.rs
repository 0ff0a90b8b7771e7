//! Expect: solved
//! A `JoinSet` whose tasks return their place along with the thumbnail; a panicked task's place is found from its task id.

use std::collections::HashMap;

use stand_ins::make_thumbnail;
use tokio::task::JoinSet;

pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let mut set = JoinSet::new();
    let mut places = HashMap::new();
    for (place, &photo) in photos.iter().enumerate() {
        let handle = set.spawn(async move { (place, make_thumbnail(photo).await) });
        places.insert(handle.id(), place);
    }
    let mut made: Vec<Option<Result<String, String>>> = vec![None; photos.len()];
    while let Some(joined) = set.join_next().await {
        match joined {
            Ok((place, thumbnail)) => made[place] = Some(Ok(thumbnail)),
            Err(error) => {
                let place = places[&error.id()];
                let panic = error.into_panic();
                let text = panic
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| panic.downcast_ref::<&str>().map(|text| (*text).to_owned()))
                    .unwrap_or_default();
                made[place] = Some(Err(format!("photo {} panicked: {text}", photos[place])));
            }
        }
    }
    made.into_iter().flatten().collect()
}
