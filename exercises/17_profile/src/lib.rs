//! # Exercise 17: a spawned task that borrows
//!
//! A profile page needs two things about one user: the posts they wrote and their avatar. Both
//! are requests that need only the user's name, so they can run at the same time: the posts in
//! a task of their own, started first, and the avatar meanwhile. The code below is the
//! JavaScript written out in Rust, and it does not compile: that is the lesson. Run
//! `cargo build -p profile` and read the compiler's message before you change anything.
//!
//! Goal: make it compile with both requests still started at 0 ms, so that the page takes as
//! long as the slower of the two alone, and returns the user's avatar and posts.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // the posts start at once; the avatar is awaited meanwhile, then the posts
//! async function profilePage(user) {
//!   const posts = fetchPostsBy(user);
//!   const avatar = await fetchAvatar(user);
//!   return { avatar, posts: await posts };
//! }
//! ```
//!
//! Worth a look: what `async move` takes, and what `tokio::join!` lets its futures borrow.
//! Check your work with `cargo test -p profile`; read the chapter with `mdbook serve book`.

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
    // TODO: the spawned task borrows `user`, but a task may outlive this function, so it may
    // borrow nothing from it. Give the task its own copy of the name, or let both requests
    // borrow `user` without a task of their own.
    let posts = tokio::spawn(async { fetch_posts_by(&user).await });
    let avatar = fetch_avatar(&user).await;
    ProfilePage {
        avatar,
        posts: posts.await.expect("the posts task panicked"),
    }
}
