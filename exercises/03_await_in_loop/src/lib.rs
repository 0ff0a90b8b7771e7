//! # Exercise 03: await in a loop
//!
//! `fetch_users` loads one user per id. Each request takes about 100 ms (the tests vary the exact
//! times) and no request needs another's result. The loop below awaits each request before it
//! sends the next, so three ids take 300 ms, fifty ids take five seconds, and the time grows with
//! every id you add.
//!
//! Goal: send every request at once, so that the whole list takes as long as the slowest request,
//! however many ids there are. Return the users in the order of `ids`, even though the requests
//! finish in some other order.
//!
//! The JavaScript this exercise comes from, with each request taking 100 ms:
//!
//! ```js
//! // one request after another: ids.length × 100 ms
//! async function fetchUsers(ids) {
//!   const users = [];
//!   for (const id of ids) {
//!     users.push(await fetchUserById(id));
//!   }
//!   return users;
//! }
//!
//! // every request at once: 100 ms for any number of ids, users still in id order
//! async function fetchUsers(ids) {
//!   return Promise.all(ids.map((id) => fetchUserById(id)));
//! }
//! ```
//!
//! Worth a look: `Iterator::map` and `futures::future::join_all`.
//! Check your work with `cargo test -p users`; read the chapter with `mdbook serve book`.

use stand_ins::fetch_user_by_id;

/// Loads the user behind each of `ids` and returns them in the order of `ids`.
pub async fn fetch_users(ids: &[u32]) -> Vec<String> {
    let mut users = Vec::with_capacity(ids.len());
    for &id in ids {
        // TODO: the loop stops here until this request is done, so the next id's request is not
        // even created yet. Build one future per id first, then wait for all of them together.
        users.push(fetch_user_by_id(id).await);
    }
    users
}
