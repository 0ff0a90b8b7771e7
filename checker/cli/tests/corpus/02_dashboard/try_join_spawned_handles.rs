//! Expect: solved
//! Spawns each load as a task and awaits the three `JoinHandle`s together with `tokio::try_join!`, straight into the struct.

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
    let (user, posts, comments) = tokio::try_join!(
        tokio::spawn(fetch_user()),
        tokio::spawn(fetch_posts()),
        tokio::spawn(fetch_comments()),
    )
    .expect("a load panicked");
    Dashboard {
        user,
        posts,
        comments,
    }
}
