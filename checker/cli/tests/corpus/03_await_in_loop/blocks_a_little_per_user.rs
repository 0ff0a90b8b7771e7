//! Expect: blocked the thread
//! Fetches every user at once, but blocks the thread for 5 ms per id first: small each time, 250 ms over fifty ids.

use std::time::Duration;

use futures::future::join_all;
use stand_ins::fetch_user_by_id;

pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    for _ in ids {
        std::thread::sleep(Duration::from_millis(5));
    }
    join_all(ids.iter().map(|id| fetch_user_by_id(*id))).await
}
