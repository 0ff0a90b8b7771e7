//! # Exercise 11: at most n at once (another answer: a `Semaphore`)
//!
//! A semaphore holds `limit` permits. Every request is handed to `join_all` at once, which keeps
//! the users in id order, but each one first waits for a permit and holds it while it runs: only
//! `limit` can be past that line at a time. The permit is returned when `_permit` is dropped, at
//! the end of the request's block, and tokio's semaphore is fair: it hands the permit to the
//! request that has waited longest, so the ids start in order, each the moment one ends.

use futures::future::join_all;
use stand_ins::fetch_user_by_id;
use tokio::sync::Semaphore;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
///
/// # Panics
/// Never: the semaphore is not closed while the requests wait on it.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let slots = Semaphore::new(limit);
    let slots = &slots;
    join_all(ids.iter().map(|&id| async move {
        // Named `_permit`, not `_`: a binding keeps the permit until the end of the block.
        let _permit = slots.acquire().await.expect("the semaphore is never closed");
        fetch_user_by_id(id).await
    }))
    .await
}
