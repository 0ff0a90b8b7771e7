//! # Exercise 14: a task that panics
//!
//! An album page shows a thumbnail of every photo, each rendered as the photos come. Now and
//! then a photo is corrupt, and the renderer, `make_thumbnail`, panics on it: it has a bug, and
//! no `Err` comes back to handle. The code below joins every rendering in one future, so the
//! panic unwinds through all of them: one bad photo takes down the whole page, and the
//! thumbnails already made are lost with it.
//!
//! Goal: render every photo as a task of its own, all from 0 ms, so that a panic stays inside
//! its task. Keep every thumbnail that was made, and turn each panic into its photo's failure,
//! in the photo's place: `Err("photo 3 panicked: <the panic's message>")`. The page is ready
//! when the slowest thumbnail is, panic or not.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // Promise.all: the first thumbnail that throws rejects the whole page
//! async function thumbnails(photos) {
//!   return Promise.all(photos.map((photo) => makeThumbnail(photo)));
//! }
//!
//! // allSettled: every photo gets its own outcome, and a throw is just that photo's failure
//! async function thumbnails(photos) {
//!   const settled = await Promise.allSettled(photos.map((photo) => makeThumbnail(photo)));
//!   return settled.map((outcome, i) =>
//!     outcome.status === "fulfilled"
//!       ? { ok: outcome.value }
//!       : { err: `photo ${photos[i]} panicked: ${outcome.reason.message}` });
//! }
//! ```
//!
//! Worth a look: `tokio::spawn`, `JoinHandle`, `JoinError::is_panic` and `into_panic`.
//! Check your work with `cargo test -p thumbnails`; read the chapter with `mdbook serve book`.

use futures::future::join_all;
use stand_ins::make_thumbnail;

/// The thumbnail of each of `photos`, in their order, or the reason it could not be made
/// (`"photo 3 panicked: make_thumbnail(3): corrupt JPEG header"`), once the slowest is done.
pub async fn thumbnails(photos: &[u32]) -> Vec<Result<String, String>> {
    // TODO: a panic in one rendering unwinds through `join_all` and out of this function, with
    // every other rendering. Spawn each one as a task instead: its `JoinHandle` gives back
    // `Err(JoinError)` when it panicked, and that error holds the panic's message.
    let made = join_all(photos.iter().map(|&photo| make_thumbnail(photo))).await;
    made.into_iter().map(Ok).collect()
}
