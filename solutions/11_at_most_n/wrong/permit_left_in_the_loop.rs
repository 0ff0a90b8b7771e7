//! # Exercise 11, a known wrong answer: a permit the spawned task does not hold
//!
//! The mistake: the loop takes a permit, spawns the request, and ends its turn, which drops the
//! permit: the task it was meant to guard never owned it. The semaphore only slows the loop down
//! for an instant; every request is spawned at 0 ms and all fifty run together. The permit has to
//! move into the task (`Arc<Semaphore>` and `acquire_owned`), to be dropped when the request
//! ends.
//!
//! Fails with: ordering, timing

use stand_ins::fetch_user_by_id;
use tokio::sync::Semaphore;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
///
/// # Panics
/// When a request panics: its handle's error carries that panic.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let slots = Semaphore::new(limit);
    let mut handles = Vec::with_capacity(ids.len());
    for &id in ids {
        let _permit = slots.acquire().await.expect("the semaphore is never closed");
        handles.push(tokio::spawn(fetch_user_by_id(id)));
    }
    let mut users = Vec::with_capacity(handles.len());
    for handle in handles {
        users.push(handle.await.expect("a request panicked"));
    }
    users
}
