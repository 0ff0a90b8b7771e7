//! # Exercise 11: at most n at once (solution)
//!
//! `stream::iter` turns the ids into a stream of request futures, and `buffer_unordered(limit)`
//! keeps at most `limit` of them in flight: whenever one ends, it takes the next id's future at
//! once, so a slot is never left idle while ids wait. It yields each user as its request ends,
//! fastest first, so every request carries its position in `ids`, and the users are put back in
//! that order at the end: `async.mapLimit` does the same bookkeeping for you.

use futures::stream::{self, StreamExt as _};
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let requests = ids
        .iter()
        .enumerate()
        .map(|(position, &id)| async move { (position, fetch_user_by_id(id).await) });
    let mut users: Vec<(usize, String)> = stream::iter(requests)
        .buffer_unordered(limit)
        .collect()
        .await;
    users.sort_unstable_by_key(|&(position, _)| position);
    users.into_iter().map(|(_, user)| user).collect()
}
