//! # Exercise 17, a known wrong answer: the copy made once the avatar is in
//!
//! The mistake: `async move` alone leaves `fetch_avatar(&user)` nothing to borrow, so the
//! avatar is moved up, before the task, and the clone and the spawn follow it. It compiles, but
//! the task now starts only once the avatar has arrived: the two requests run one after another,
//! and the page takes the sum of both. Make the copy first, then spawn, then await the avatar.
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
    let avatar = fetch_avatar(&user).await;
    let owned = user.clone();
    let posts = tokio::spawn(async move { fetch_posts_by(&owned).await });
    ProfilePage {
        avatar,
        posts: posts.await.expect("the posts task panicked"),
    }
}
