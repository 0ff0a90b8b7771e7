//! Expect: solved
//! Acquires an owned `Semaphore` permit in the loop before spawning each request, moves it into the task so it is released when the request ends, and awaits the handles in id order.

use std::sync::Arc;

use stand_ins::fetch_user_by_id;
use tokio::sync::Semaphore;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let slots = Arc::new(Semaphore::new(limit));
    let mut tasks = Vec::with_capacity(ids.len());
    for &id in ids {
        let permit = Arc::clone(&slots)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        tasks.push(tokio::spawn(async move {
            let user = fetch_user_by_id(id).await;
            drop(permit);
            user
        }));
    }
    let mut users = Vec::with_capacity(tasks.len());
    for task in tasks {
        users.push(task.await.expect("a request panicked"));
    }
    users
}
