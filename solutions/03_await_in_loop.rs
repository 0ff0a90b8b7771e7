//! # Exercise 03: await in a loop (solution)
//!
//! `map` turns each id into a future, and `join_all` takes them all and polls them together, so
//! every request is in flight from the start and the list takes as long as the slowest request,
//! for any number of ids. `join_all` gives the outputs back in the order of its input, whichever
//! finishes first: the counterpart of `Promise.all(ids.map(...))`.

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, all at once, and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    join_all(ids.iter().map(|&id| fetch_user_by_id(id))).await
}
