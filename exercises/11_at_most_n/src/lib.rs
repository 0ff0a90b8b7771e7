//! # Exercise 11: at most n at once
//!
//! `fetch_users` loads one user per id, as in exercise 03, but the user service now refuses
//! more than `limit` requests at once, so sending all fifty together is not allowed. The code
//! below keeps to the limit by sending the ids in batches of `limit` and waiting for each batch
//! to finish before it sends the next. Every batch lasts as long as its slowest request: while
//! that one runs, the slots of the requests that already ended sit idle, though ids still wait.
//!
//! Goal: keep at most `limit` requests in flight, and start the next id's request the moment any
//! request ends, so that a slot never stays free while ids wait. Return the users in the order of
//! `ids`, whatever order the requests finish in.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // batches: each batch waits for its slowest request before the next one starts
//! async function fetchUsers(ids, limit) {
//!   const users = [];
//!   for (let i = 0; i < ids.length; i += limit) {
//!     const batch = ids.slice(i, i + limit);
//!     users.push(...(await Promise.all(batch.map((id) => fetchUserById(id)))));
//!   }
//!   return users;
//! }
//!
//! // the async library: at most `limit` in flight, the next one starting as one ends,
//! // and the users still in id order
//! async function fetchUsers(ids, limit) {
//!   return async.mapLimit(ids, limit, fetchUserById);
//! }
//! ```
//!
//! Worth a look: `futures::stream::iter`, `StreamExt::buffer_unordered` (and why not
//! `StreamExt::buffered`: the chapter says), `Iterator::enumerate`, `tokio::sync::Semaphore`.
//! Check your work with `cargo test -p limited`; read the chapter with `mdbook serve book`.

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let mut users = Vec::with_capacity(ids.len());
    for batch in ids.chunks(limit) {
        // TODO: this waits for the whole batch, so a slow request holds back the next batch
        // while the other slots stay free. Keep `limit` requests running instead, starting the
        // next id's request as soon as any one ends, and put each user back at its id's place.
        users.extend(join_all(batch.iter().map(|&id| fetch_user_by_id(id))).await);
    }
    users
}
