//! # Exercise 15: CPU-bound work
//!
//! A member of a photo forum replies to a thread, with photos attached. Before the server answers
//! the member, two independent jobs must be done: every photo resized for the page, and the
//! reply's text posted to the forum. Posting is I/O: the request goes out and the thread only
//! waits for the answer. Resizing is computation: `resize_image` is a plain function that keeps
//! its thread busy until the photo is done, with no `.await` at which anything else could run.
//! The code below puts both in one `join!`, which looks concurrent. But `join!` takes turns on
//! the runtime's only thread, and the resizing never gives its turn back: the reply is not even
//! sent until every photo is resized.
//!
//! Goal: keep the runtime's thread free. Resize every photo on tokio's blocking pool, each on a
//! thread of its own, all from 0 ms, while the reply is posted. The reply's answer is then taken
//! the moment it comes, and the whole job takes as long as the slowest of the resizes and the
//! reply, not their sum. Return the new post's id and the resized photos, in their order.
//!
//! The JavaScript this exercise comes from (Node, where `worker_threads` are the way to run
//! JavaScript in parallel; in a browser, Web Workers):
//!
//! ```js
//! // resizeImage computes on the event loop's only thread: nothing else runs until it returns
//! async function replyWithPhotos(text, photos) {
//!   const [resized, post] = await Promise.all([
//!     (async () => photos.map((photo) => resizeImage(photo)))(),
//!     postReply(text),
//!   ]);
//!   return [post, resized];
//! }
//!
//! // each resize in a worker thread of its own, the reply meanwhile on the event loop
//! const { Worker } = require("node:worker_threads");
//! function resizeInWorker(photo) {
//!   return new Promise((resolve, reject) => {
//!     const worker = new Worker("./resize-worker.js", { workerData: photo });
//!     worker.once("message", resolve);
//!     worker.once("error", reject);
//!   });
//! }
//! async function replyWithPhotos(text, photos) {
//!   const [resized, post] = await Promise.all([
//!     Promise.all(photos.map((photo) => resizeInWorker(photo))),
//!     postReply(text),
//!   ]);
//!   return [post, resized];
//! }
//! ```
//!
//! Worth a look: `tokio::task::spawn_blocking`, its `JoinHandle`, `futures::future::join_all`.
//! Check your work with `cargo test -p gallery`; read the chapter with `mdbook serve book`.

use stand_ins::{post_reply, resize_image};

/// Posts `text` as a reply and resizes each of `photos` for the page, at the same time. Returns
/// the new post's id and the resized photos, in the order of `photos`.
pub async fn reply_with_photos(text: &str, photos: Vec<String>) -> (String, Vec<String>) {
    // TODO: this `async` block never awaits: `resize_image` computes, so the block holds the
    // runtime's only thread until every photo is resized, and `post_reply` waits for its turn
    // until then. Hand each photo to `tokio::task::spawn_blocking`, which resizes it on a thread
    // of the blocking pool, and await the handles together with the reply.
    let resized = async {
        photos
            .iter()
            .map(|photo| resize_image(photo))
            .collect::<Vec<_>>()
    };
    let (resized, post) = tokio::join!(resized, post_reply(text));
    (post, resized)
}
