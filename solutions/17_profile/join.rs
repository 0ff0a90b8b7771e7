//! # Exercise 17: a spawned task that borrows (another answer: `join!`, which may borrow)
//!
//! No task at all: `tokio::join!` polls both futures at once, inside this function, and ends
//! only when both have. Nothing outlives the function, so both futures may borrow `user`, and
//! no copy is needed. This is the simplest fix when the work does not need a task of its own.

use stand_ins::{fetch_avatar, fetch_posts_by};

/// A profile page: the user's avatar and the posts they wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfilePage {
    pub avatar: String,
    pub posts: String,
}

/// The profile page of `user`, with both requests in flight at once.
pub async fn profile_page(user: String) -> ProfilePage {
    let (avatar, posts) = tokio::join!(fetch_avatar(&user), fetch_posts_by(&user));
    ProfilePage { avatar, posts }
}
