//! # Exercise 04: start before await (a known wrong answer: the avatar waits for everything)
//!
//! The user, the posts and the stats start together in one `join!`, but the avatar is asked for
//! only after the `join!`, when all three have arrived. It needs the user alone: waiting for the
//! slower posts or stats as well starts it late, and the user-then-avatar path ends late with it.
//!
//! Fails with: ordering, timing

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
    let (user, posts, stats) = tokio::join!(fetch_user(), fetch_posts(), fetch_stats());
    let avatar = fetch_avatar(&user).await;
    Home {
        avatar,
        posts,
        stats,
    }
}
