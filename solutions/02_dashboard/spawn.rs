//! # Exercise 02: the dashboard (another answer: `tokio::spawn`)
//!
//! Each spawned load is handed to the runtime, which starts it at once, before its handle is ever
//! awaited. Awaiting the handles in field order is then fine: all three loads are already running,
//! so waiting for the user does not delay the posts or the comments.

use stand_ins::{fetch_comments, fetch_posts, fetch_user};

/// What the dashboard shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Dashboard {
    pub user: String,
    pub posts: String,
    pub comments: String,
}

/// Loads the user, their posts and their comments at the same time, each into its own field.
///
/// # Panics
/// When a spawned load panics: its handle's error carries that panic.
pub async fn load_dashboard() -> Dashboard {
    let user = tokio::spawn(fetch_user());
    let posts = tokio::spawn(fetch_posts());
    let comments = tokio::spawn(fetch_comments());
    Dashboard {
        user: user.await.expect("fetch_user panicked"),
        posts: posts.await.expect("fetch_posts panicked"),
        comments: comments.await.expect("fetch_comments panicked"),
    }
}
