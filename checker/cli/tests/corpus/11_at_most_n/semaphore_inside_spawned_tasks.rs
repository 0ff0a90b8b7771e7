//! Expect: solved
//! Spawns every request at once, each waiting inside its task for a permit of a shared `Semaphore` of `limit` permits, and awaits the handles in id order.

use std::sync::Arc;

use stand_ins::fetch_user_by_id;
use tokio::sync::Semaphore;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let slots = Arc::new(Semaphore::new(limit));
    let tasks: Vec<_> = ids
        .iter()
        .map(|&id| {
            let slots = Arc::clone(&slots);
            tokio::spawn(async move {
                let _permit = slots
                    .acquire()
                    .await
                    .expect("the semaphore is never closed");
                fetch_user_by_id(id).await
            })
        })
        .collect();
    let mut users = Vec::with_capacity(tasks.len());
    for task in tasks {
        users.push(task.await.expect("a request panicked"));
    }
    users
}
