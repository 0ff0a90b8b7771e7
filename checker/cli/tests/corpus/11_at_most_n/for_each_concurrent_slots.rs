//! Expect: solved
//! Runs the requests with `for_each_concurrent(limit, ...)`, each writing its user into its id's slot of a `Mutex<Vec<String>>`.

use std::sync::Mutex;

use futures::stream::{self, StreamExt as _};
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let users = Mutex::new(vec![String::new(); ids.len()]);
    stream::iter(ids.iter().enumerate())
        .for_each_concurrent(limit, |(position, &id)| {
            let users = &users;
            async move {
                let user = fetch_user_by_id(id).await;
                users.lock().expect("no request panics holding the lock")[position] = user;
            }
        })
        .await;
    users
        .into_inner()
        .expect("no request panics holding the lock")
}
