//! # Exercise 03: await in a loop (a known wrong answer: spawned, then requested again)
//!
//! Every request is spawned "to get it going", but the handles are dropped, and the loop then
//! asks for each user with a fresh call, awaited in turn. Every id is requested twice: the
//! spawned requests' results are thrown away, and the loop's own requests still run one after
//! another.
//!
//! Fails with: calls, timing

use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    for &id in ids {
        tokio::spawn(fetch_user_by_id(id));
    }
    let mut users = Vec::with_capacity(ids.len());
    for &id in ids {
        users.push(fetch_user_by_id(id).await);
    }
    users
}
