//! Expect: solved
//! Collects position-tagged requests from a `FuturesUnordered` in finishing order, then sorts them by position.

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let mut users: Vec<(usize, String)> = ids
        .iter()
        .enumerate()
        .map(|(position, &id)| async move { (position, fetch_user_by_id(id).await) })
        .collect::<FuturesUnordered<_>>()
        .collect()
        .await;
    users.sort_by_key(|&(position, _)| position);
    users.into_iter().map(|(_, user)| user).collect()
}
