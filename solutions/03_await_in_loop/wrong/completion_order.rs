//! # Exercise 03: await in a loop (a known wrong answer: users in completion order)
//!
//! A `FuturesUnordered` sends every request at once, so the list takes as long as the slowest
//! request, but it yields each user as its request finishes. Collected into a `Vec`, the users
//! come back fastest first, not in the order of `ids`.
//!
//! Fails with: value

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let requests: FuturesUnordered<_> = ids.iter().map(|&id| fetch_user_by_id(id)).collect();
    requests.collect().await
}
