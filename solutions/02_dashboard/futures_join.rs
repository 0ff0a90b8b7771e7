//! # Exercise 02: the dashboard (another answer: `futures::future::join3`)
//!
//! `join3` is a plain function that does what the `join!` macros do for three futures: one future
//! that polls all three and is ready with their outputs, in argument order. It comes from the
//! `futures` crate, so it works on any runtime, not only tokio. (`futures::join!` works too.)

use futures::future::join3;
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
    let (user, posts, comments) = join3(fetch_user(), fetch_posts(), fetch_comments()).await;
    Dashboard {
        user,
        posts,
        comments,
    }
}
