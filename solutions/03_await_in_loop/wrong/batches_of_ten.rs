//! # Exercise 03: await in a loop (a known wrong answer: batches of ten)
//!
//! The ids go out ten at a time with `join_all`, and each batch waits for the one before it.
//! Three ids take the time of one request, but fifty ids take five batches, each as slow as its
//! slowest request, and most requests start late. The exercise asks for every request at once,
//! however many ids there are.
//!
//! Fails with: timing, ordering

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

/// How many requests one batch sends together.
const BATCH: usize = 10;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let mut users = Vec::with_capacity(ids.len());
    for batch in ids.chunks(BATCH) {
        users.extend(join_all(batch.iter().map(|&id| fetch_user_by_id(id))).await);
    }
    users
}
