//! # Exercise 17: a spawned task that borrows (another answer: a name shared through an `Arc`)
//!
//! The name goes into an `Arc<str>`, and the task gets a clone of the `Arc`: a second owner
//! of the same text, not a copy of it. Each owner keeps the name alive as long as it needs it,
//! which is what a task that may outlive this function requires. With many tasks and a large
//! value, this saves copying it once per task.

use std::sync::Arc;

use stand_ins::{fetch_avatar, fetch_posts_by};

/// A profile page: the user's avatar and the posts they wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfilePage {
    pub avatar: String,
    pub posts: String,
}

/// The profile page of `user`, with both requests in flight at once.
///
/// # Panics
/// When the task that loads the posts panics.
pub async fn profile_page(user: String) -> ProfilePage {
    let user: Arc<str> = Arc::from(user);
    let for_posts = Arc::clone(&user);
    let posts = tokio::spawn(async move { fetch_posts_by(&for_posts).await });
    let avatar = fetch_avatar(&user).await;
    ProfilePage {
        avatar,
        posts: posts.await.expect("the posts task panicked"),
    }
}
