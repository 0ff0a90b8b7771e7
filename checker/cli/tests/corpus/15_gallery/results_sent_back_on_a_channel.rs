//! Expect: solved
//! Each blocking task sends its photo's place and image on an unbounded channel (whose `send` never waits), and a loop beside the reply puts them in place as they come.

use stand_ins::{post_reply, resize_image};

pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    let count = photos.len();
    let (sender, mut receiver) = tokio::sync::mpsc::unbounded_channel();
    for (place, photo) in photos.into_iter().enumerate() {
        let sender = sender.clone();
        tokio::task::spawn_blocking(move || {
            let _ = sender.send((place, resize_image(&photo)));
        });
    }
    drop(sender);
    let collecting = async {
        let mut resized = vec![String::new(); count];
        while let Some((place, image)) = receiver.recv().await {
            resized[place] = image;
        }
        resized
    };
    tokio::join!(post_reply(text), collecting)
}
