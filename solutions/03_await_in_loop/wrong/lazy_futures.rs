//! # Exercise 03: await in a loop (a known wrong answer: futures built first, awaited in a loop)
//!
//! `ids.map(fetchUserById)` gives JavaScript an array of running requests; the same `map` in Rust
//! gives a `Vec` of futures that have not started. The loop then polls them one at a time, each
//! only once the one before it has ended: the requests still run one after another, and the time
//! still grows with every id.
//!
//! Fails with: timing, ordering

use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let requests: Vec<_> = ids.iter().map(|&id| fetch_user_by_id(id)).collect();
    let mut users = Vec::with_capacity(requests.len());
    for request in requests {
        users.push(request.await);
    }
    users
}
