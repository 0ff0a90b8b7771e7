//! # Exercise 02: the dashboard (solution)
//!
//! `tokio::join!` takes the three futures and polls them all inside the current task, so the three
//! loads start at once and the dashboard is ready when the slowest is. Its tuple follows the order
//! the futures were written in, not the order they finished, so each value goes to the right
//! field: the counterpart of `Promise.all` with array destructuring.

use stand_ins::{fetch_comments, fetch_posts, fetch_user};

/// What the dashboard shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Dashboard {
    pub user: String,
    pub posts: String,
    pub comments: String,
}

/// Loads the user, their posts and their comments at the same time, each into its own field.
pub async fn load_dashboard() -> Dashboard {
    let (user, posts, comments) = tokio::join!(fetch_user(), fetch_posts(), fetch_comments());
    Dashboard {
        user,
        posts,
        comments,
    }
}
