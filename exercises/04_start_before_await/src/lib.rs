//! # Exercise 04: start before await
//!
//! `load_home` builds a home page from four slow loads: the signed-in user, that user's avatar,
//! the latest posts and the site's statistics. The avatar needs the user, so it can only be
//! asked for once `fetch_user` has answered. The posts and the stats need nothing.
//!
//! The code below is the word-for-word translation of a JavaScript habit: start every request
//! first, then await the results one by one. In JavaScript the requests really do run side by
//! side. In Rust they run one after another, because a future does nothing until it is polled.
//!
//! Goal: start the user, the posts and the stats at 0 ms; ask for the avatar the moment the user
//! arrives, not once all three have arrived; and finish as soon as the longest path is done,
//! which is either the user followed by the avatar, or the slower of the posts and the stats.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! async function loadHome() {
//!   // Calling an async function starts its work: three requests are in flight from here on.
//!   const userP = fetchUser();
//!   const postsP = fetchPosts();
//!   const statsP = fetchStats();
//!   // Each result is used when it is needed: the avatar goes out as soon as the user is here,
//!   // while the posts and the stats are still loading.
//!   const user = await userP;
//!   const avatar = await fetchAvatar(user);
//!   const posts = await postsP;
//!   const stats = await statsP;
//!   return { avatar, posts, stats };
//! }
//! ```
//!
//! Worth a look: `tokio::spawn`, which starts a future at once as a promise does, and
//! `tokio::join!` with an `async { ... }` block for the user-then-avatar chain.
//! Check your work with `cargo test -p lazy`; read the chapter with `mdbook serve book`.

use stand_ins::{fetch_avatar, fetch_posts, fetch_stats, fetch_user};

/// What the home page shows.
#[derive(Debug, PartialEq, Eq)]
pub struct Home {
    /// The avatar of the signed-in user, from `fetch_avatar`.
    pub avatar: String,
    /// The latest posts, from `fetch_posts`.
    pub posts: String,
    /// The site's statistics, from `fetch_stats`.
    pub stats: String,
}

/// Loads everything the home page shows.
pub async fn load_home() -> Home {
    // A JavaScript programmer reads these three lines as "send three requests now". In Rust each
    // call only builds a future, a plan of the work: no request goes out until it is awaited.
    // TODO: make the posts and the stats start now, not after the lines above them finish.
    let user = fetch_user();
    let posts = fetch_posts();
    let stats = fetch_stats();

    // So `fetch_user` starts here, alone; `fetch_posts` only once the avatar has arrived, and
    // `fetch_stats` only once the posts have.
    // TODO: keep asking for the avatar as soon as the user arrives.
    let user = user.await;
    let avatar = fetch_avatar(&user).await;
    let posts = posts.await;
    let stats = stats.await;
    Home {
        avatar,
        posts,
        stats,
    }
}
