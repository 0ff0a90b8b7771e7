//! Expect: solved
//! Turns the ids into a stream of requests and lets `buffered` keep all of them in flight at once, yielding users in id order.

use futures::stream::{self, StreamExt as _};
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    stream::iter(ids)
        .map(|&id| fetch_user_by_id(id))
        .buffered(ids.len().max(1))
        .collect()
        .await
}
