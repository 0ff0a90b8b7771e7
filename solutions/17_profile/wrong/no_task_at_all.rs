//! # Exercise 17, a known wrong answer: the task taken out, and each request awaited in turn
//!
//! The mistake: the borrow is only a problem for `tokio::spawn`, so the spawn goes and the
//! posts are awaited in place. It compiles, since nothing outlives the function any more, but
//! an `.await` waits: the avatar is asked for only once the posts have arrived. Without a
//! task, the two futures still need `join!` to run at the same time.
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
pub async fn profile_page(user: String) -> ProfilePage {
    let posts = fetch_posts_by(&user).await;
    let avatar = fetch_avatar(&user).await;
    ProfilePage { avatar, posts }
}
