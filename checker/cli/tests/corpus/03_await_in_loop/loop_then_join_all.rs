//! Expect: solved
//! Keeps the original `for` loop but pushes each unawaited future into a `Vec`, then awaits them all at once with `join_all`.

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let mut requests = Vec::with_capacity(ids.len());
    for &id in ids {
        requests.push(fetch_user_by_id(id));
    }
    join_all(requests).await
}
