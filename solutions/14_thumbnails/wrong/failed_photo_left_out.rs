//! # Exercise 14, a known wrong answer: the panicked photo left out
//!
//! The mistake: keeping the thumbnails that were made and skipping the rest without a word. The
//! page no longer crashes, but the album comes back one photo short, nobody learns which photo
//! failed or why, and every thumbnail after the gap sits in the wrong place. A failure is a
//! result too: report it in its photo's place.
//!
//! Fails with: value

use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    let renderings: Vec<_> = photos
        .iter()
        .map(|&photo| tokio::spawn(make_thumbnail(photo)))
        .collect();
    let mut made = Vec::with_capacity(renderings.len());
    for rendering in renderings {
        if let Ok(thumbnail) = rendering.await {
            made.push(Ok(thumbnail));
        }
    }
    made
}
