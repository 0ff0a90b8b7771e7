//! # Exercise 11, a known wrong answer: `buffer_unordered` without the positions
//!
//! The mistake: the right tool, but the users collected as they come. `buffer_unordered` keeps
//! `limit` requests in flight and starts the next the moment one ends, exactly on time, but it
//! yields each user as its request ends: a slow first id's user comes back last. Each request
//! has to carry its position in `ids`, so that the users can be put back in that order.
//!
//! Fails with: value

use futures::stream::{self, StreamExt as _};
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    stream::iter(ids.iter().map(|&id| fetch_user_by_id(id)))
        .buffer_unordered(limit)
        .collect()
        .await
}
