//! # Exercise 02: the dashboard
//!
//! `load_dashboard` fills a dashboard with three loads: the signed-in user, their posts and their
//! comments. Each load takes about 100 ms (the tests vary the exact times) and none of them needs
//! another's result. Yet the code below waits for each load to finish before it starts the next,
//! so the dashboard is ready only after 300 ms.
//!
//! Goal: start the three loads at the same time, so that the dashboard is ready as soon as the
//! slowest load is (100 ms), and put each result in its own field, whichever load finishes first.
//!
//! The JavaScript this exercise comes from, with each load taking 100 ms:
//!
//! ```js
//! // one after another: 300 ms
//! async function loadDashboard() {
//!   const user = await fetchUser();
//!   const posts = await fetchPosts();
//!   const comments = await fetchComments();
//!   return { user, posts, comments };
//! }
//!
//! // all three at once: 100 ms, and each result still lands in its own slot
//! async function loadDashboard() {
//!   const loads = [fetchUser(), fetchPosts(), fetchComments()];
//!   const [user, posts, comments] = await Promise.all(loads);
//!   return { user, posts, comments };
//! }
//! ```
//!
//! Worth a look: `tokio::join!` (it takes any number of futures), `futures::join!` and
//! `futures::future::join3`.
//! Check your work with `cargo test -p dashboard`; read the chapter with `mdbook serve book`.

use stand_ins::{fetch_comments, fetch_posts, fetch_user};

/// What the dashboard shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Dashboard {
    pub user: String,
    pub posts: String,
    pub comments: String,
}

/// Loads the user, their posts and their comments, and puts each in its own field.
pub async fn load_dashboard() -> Dashboard {
    // TODO: each load waits here for the one before it, though none needs another's result.
    // Start all three at once and wait for the three results together.
    let user = fetch_user().await;
    let posts = fetch_posts().await;
    let comments = fetch_comments().await;
    Dashboard {
        user,
        posts,
        comments,
    }
}
