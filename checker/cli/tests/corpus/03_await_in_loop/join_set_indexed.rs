//! Expect: solved
//! Spawns every request into a `JoinSet` with its position, collects them as they finish and puts each user back at its position.

use stand_ins::fetch_user_by_id;
use tokio::task::JoinSet;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let mut requests = JoinSet::new();
    for (position, &id) in ids.iter().enumerate() {
        requests.spawn(async move { (position, fetch_user_by_id(id).await) });
    }
    let mut users = vec![String::new(); ids.len()];
    while let Some(joined) = requests.join_next().await {
        let (position, user) = joined.expect("a request panicked");
        users[position] = user;
    }
    users
}
