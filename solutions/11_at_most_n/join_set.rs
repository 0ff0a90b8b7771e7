//! # Exercise 11: at most n at once (another answer: a `JoinSet` kept at `limit` tasks)
//!
//! The pool of promises you refill by hand, in Rust: spawn the first `limit` requests into a
//! `JoinSet`, and each time `join_next` hands back one that ended, spawn the next id's request.
//! `join_next` yields tasks as they end, so each task returns its position in `ids` with its
//! user, and the user goes into that place of the result.

use stand_ins::fetch_user_by_id;
use tokio::task::JoinSet;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
///
/// # Panics
/// When a request panics: its task's error carries that panic.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let mut waiting = ids.iter().copied().enumerate();
    let mut running = JoinSet::new();
    // The first `limit` requests, or fewer when there are fewer ids.
    for (position, id) in waiting.by_ref().take(limit) {
        running.spawn(async move { (position, fetch_user_by_id(id).await) });
    }
    let mut users = vec![String::new(); ids.len()];
    while let Some(ended) = running.join_next().await {
        let (position, user) = ended.expect("a request panicked");
        users[position] = user;
        // A slot is free: the next id goes at once.
        if let Some((position, id)) = waiting.next() {
            running.spawn(async move { (position, fetch_user_by_id(id).await) });
        }
    }
    users
}
