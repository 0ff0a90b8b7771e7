//! # Exercise 11, a known wrong answer: `join_all` over every id
//!
//! The mistake: exercise 03's answer, with the limit ignored. All fifty requests are in flight
//! at 0 ms, ten times what the user service allows. It is the fastest run there could be, and
//! the one the service refuses.
//!
//! Fails with: ordering, timing

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], _limit: usize) -> Vec<String> {
    join_all(ids.iter().map(|&id| fetch_user_by_id(id))).await
}
