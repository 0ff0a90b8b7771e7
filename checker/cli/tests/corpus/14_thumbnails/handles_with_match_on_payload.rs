//! Expect: solved
//! Spawns every rendering, then awaits the handles in order and turns a panic's payload into the failure's text with `downcast`.

use stand_ins::make_thumbnail;

pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let handles: Vec<_> = photos
        .iter()
        .map(|&photo| tokio::spawn(make_thumbnail(photo)))
        .collect();
    let mut made = Vec::new();
    for (photo, handle) in photos.iter().zip(handles) {
        let result = handle.await.map_err(|error| {
            let payload = error.into_panic();
            let text = match payload.downcast::<String>() {
                Ok(text) => *text,
                Err(payload) => payload
                    .downcast::<&str>()
                    .map_or_else(|_| "no message".to_owned(), |text| (*text).to_owned()),
            };
            format!("photo {photo} panicked: {text}")
        });
        made.push(result);
    }
    made
}
