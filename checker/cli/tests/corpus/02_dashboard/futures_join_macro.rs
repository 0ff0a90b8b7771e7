//! Expect: solved
//! Runs the three loads with the `futures::join!` macro and destructures its tuple into the fields.

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
    let (user, posts, comments) = futures::join!(fetch_user(), fetch_posts(), fetch_comments());
    Dashboard {
        user,
        posts,
        comments,
    }
}
