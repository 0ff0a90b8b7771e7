//! # Exercise 02: the dashboard (a known wrong answer: futures built first)
//!
//! The JavaScript `const loads = [fetchUser(), fetchPosts(), fetchComments()]` written in Rust:
//! the three futures are built up front and awaited one by one. Building a Rust future starts
//! nothing; each load starts only when it is awaited, once the one before it has ended, so the
//! dashboard takes the three loads added together.
//!
//! Fails with: timing, ordering

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
    let user = fetch_user();
    let posts = fetch_posts();
    let comments = fetch_comments();
    Dashboard {
        user: user.await,
        posts: posts.await,
        comments: comments.await,
    }
}
