//! # Exercise 03: await in a loop (another answer: `FuturesOrdered`)
//!
//! A `FuturesOrdered` is a stream that polls all the futures pushed into it and yields their
//! outputs in the order they were pushed, holding back any that finish early. Collecting it into
//! a `Vec` waits for them all. `join_all` itself switches to one when it is given many futures.

use futures::StreamExt as _;
use futures::stream::FuturesOrdered;
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, all at once, and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let requests: FuturesOrdered<_> = ids.iter().map(|&id| fetch_user_by_id(id)).collect();
    requests.collect().await
}
