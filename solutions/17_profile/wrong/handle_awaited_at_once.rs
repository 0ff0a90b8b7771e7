//! # Exercise 17, a known wrong answer: the task's handle awaited the moment it is spawned
//!
//! The mistake: the task owns its copy of the name, but its handle is awaited on the same line
//! it is spawned on, so this function waits for the posts before it asks for the avatar. A task
//! runs at the same time as the code that spawned it only while that code does something else:
//! await the handle after the avatar, not before.
//!
//! Fails with: ordering, timing

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
    let owned = user.clone();
    let posts = tokio::spawn(async move { fetch_posts_by(&owned).await })
        .await
        .expect("the posts task panicked");
    let avatar = fetch_avatar(&user).await;
    ProfilePage { avatar, posts }
}
