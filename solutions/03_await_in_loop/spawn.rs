//! # Exercise 03: await in a loop (another answer: one spawned task per id)
//!
//! The first loop spawns every request, and the runtime starts each one at once. Only then does
//! the second loop await the handles, in id order. That loop does have an `.await` in it, but by
//! then every request is already running, so waiting for one does not hold back the others.

use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, all at once, and returns them in the order of `ids`.
///
/// # Panics
/// When a spawned request panics: its handle's error carries that panic.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let handles: Vec<_> = ids
        .iter()
        .map(|&id| tokio::spawn(fetch_user_by_id(id)))
        .collect();
    let mut users = Vec::with_capacity(handles.len());
    for handle in handles {
        users.push(handle.await.expect("a request panicked"));
    }
    users
}
