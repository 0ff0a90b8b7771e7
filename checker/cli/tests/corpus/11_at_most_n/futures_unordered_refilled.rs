//! Expect: solved
//! Keeps a `FuturesUnordered` filled to `limit` position-tagged requests, pushing the next id each time one ends, and places each user at its position.

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::fetch_user_by_id;

/// The user behind `id`, with its position in the list of ids.
async fn placed(position: usize, id: u32) -> (usize, String) {
    (position, fetch_user_by_id(id).await)
}

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    let mut waiting = ids.iter().copied().enumerate();
    let mut running: FuturesUnordered<_> = waiting
        .by_ref()
        .take(limit)
        .map(|(position, id)| placed(position, id))
        .collect();
    let mut users = vec![String::new(); ids.len()];
    while let Some((position, user)) = running.next().await {
        users[position] = user;
        if let Some((position, id)) = waiting.next() {
            running.push(placed(position, id));
        }
    }
    users
}
