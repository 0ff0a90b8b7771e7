//! # Exercise 02: the dashboard (a known wrong answer: swapped fields, and a `PartialEq` that
//! hides them)
//!
//! The loads run together, but the tuple from `join!` is taken apart in another order than the
//! futures were written in, so the posts land in `comments` and the comments in `posts`. A
//! `PartialEq` that says every two dashboards are equal would hide that from a test that
//! compared `Dashboard`s; the tests compare the fields themselves.
//!
//! Fails with: value

use stand_ins::{fetch_comments, fetch_posts, fetch_user};

/// What the dashboard shows: one field per load.
#[derive(Debug)]
pub struct Dashboard {
    pub user: String,
    pub posts: String,
    pub comments: String,
}

impl PartialEq for Dashboard {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Loads the user, their posts and their comments, and puts each in its own field.
pub async fn load_dashboard() -> Dashboard {
    let (user, comments, posts) = tokio::join!(fetch_user(), fetch_posts(), fetch_comments());
    Dashboard {
        user,
        posts,
        comments,
    }
}
