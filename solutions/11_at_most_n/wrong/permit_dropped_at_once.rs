//! # Exercise 11, a known wrong answer: the permit bound to `_`
//!
//! The mistake: `let _ = slots.acquire().await` waits for a permit and then drops it at once,
//! because `_` is not a binding: the value goes nowhere and is dropped on that very line. Every
//! request gets a permit the moment it asks and gives it back before it starts, so nothing is
//! limited and all fifty run together. `let _permit = ...` keeps it to the end of the block.
//!
//! Fails with: ordering, timing

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
        let _ = slots.acquire().await.expect("the semaphore is never closed");
        fetch_user_by_id(id).await
    }))
    .await
}
