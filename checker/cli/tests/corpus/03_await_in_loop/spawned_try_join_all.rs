//! Expect: solved
//! Spawns one task per id and awaits all the `JoinHandle`s with `try_join_all`, which keeps them in id order.

use futures::future::try_join_all;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let handles = ids.iter().map(|&id| tokio::spawn(fetch_user_by_id(id)));
    try_join_all(handles).await.expect("a request panicked")
}
