//! # Exercise 02: the dashboard (a known wrong answer: spawned, then loaded again)
//!
//! The three loads are spawned "to get them going", as creating promises would in JavaScript,
//! but the handles are dropped, and `join!` then calls each load a second time to get its result.
//! The timing is right, since both copies run from 0 ms, but every load runs twice and the first
//! copy's result is thrown away: against a real server, that is twice the requests.
//!
//! Fails with: calls

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
    tokio::spawn(fetch_user());
    tokio::spawn(fetch_posts());
    tokio::spawn(fetch_comments());
    let (user, posts, comments) = tokio::join!(fetch_user(), fetch_posts(), fetch_comments());
    Dashboard {
        user,
        posts,
        comments,
    }
}
