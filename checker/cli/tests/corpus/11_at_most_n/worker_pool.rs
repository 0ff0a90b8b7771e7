//! Expect: solved
//! Runs `limit` workers with `join_all`; each takes the next id from a shared iterator as soon as its request ends and writes the user into that id's slot.

use std::sync::Mutex;

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let waiting = Mutex::new(ids.iter().copied().enumerate());
    let users = Mutex::new(vec![String::new(); ids.len()]);
    let worker = || async {
        loop {
            let next = waiting
                .lock()
                .expect("the queue's lock is never poisoned")
                .next();
            let Some((position, id)) = next else { break };
            let user = fetch_user_by_id(id).await;
            users.lock().expect("the users' lock is never poisoned")[position] = user;
        }
    };
    join_all((0..limit.min(ids.len())).map(|_| worker())).await;
    users
        .into_inner()
        .expect("the users' lock is never poisoned")
}
