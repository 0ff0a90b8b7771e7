//! # Exercise 11, a known wrong answer: `buffered(limit)`
//!
//! The mistake: taking `buffered` for `async.mapLimit` because it keeps the users in id order.
//! It keeps them in order by holding each finished user until every earlier one is out, and a
//! held user still counts as one of the `limit` in its buffer: a short request that ends behind a
//! slow, earlier one keeps its slot until the slow one ends (futures-rs#2961). On 300, 100, 100
//! and 100 ms, two at a time, the third request waits from 100 to 300 ms with a slot free, and
//! the list takes 400 ms instead of 300 ms.
//!
//! Fails with: ordering, timing

use futures::stream::{self, StreamExt as _};
use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids`, with at most `limit` requests in flight at once (`limit`
/// is at least 1), and returns the users in the order of `ids`.
pub async fn fetch_users(ids: &[u32], limit: usize) -> Vec<String> {
    stream::iter(ids.iter().map(|&id| fetch_user_by_id(id)))
        .buffered(limit)
        .collect()
        .await
}
