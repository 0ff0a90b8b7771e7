//! # Exercise 14, a known wrong answer: the `JoinError` printed, not the panic's message
//!
//! The mistake: formatting the `JoinError` itself into the photo's failure. Its `Display` is
//! written for logs ("task 14 panicked with message ..."): it names tokio's task id, which
//! means nothing on an album page, and wraps the message in quotes. `into_panic` gives the
//! panic's own payload, and its text is the message.
//!
//! Fails with: value

use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let renderings: Vec<_> = photos
        .iter()
        .map(|&photo| (photo, tokio::spawn(make_thumbnail(photo))))
        .collect();
    let mut made = Vec::with_capacity(renderings.len());
    for (photo, rendering) in renderings {
        made.push(
            rendering
                .await
                .map_err(|error| format!("photo {photo} panicked: {error}")),
        );
    }
    made
}
