//! # Exercise 04: start before await (a known wrong answer: the wrong work spawned)
//!
//! The user-then-avatar chain is spawned, so it runs on its own from 0 ms, but the posts and the
//! stats, the loads that needed starting, are awaited one after the other: the stats start only
//! once the posts have arrived, and the page waits for the two added together.
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
///
/// # Panics
/// When the task loading the avatar panics: its handle's error carries that panic.
pub async fn load_home() -> Home {
    let avatar = tokio::spawn(async {
        let user = fetch_user().await;
        fetch_avatar(&user).await
    });
    let posts = fetch_posts().await;
    let stats = fetch_stats().await;
    Home {
        avatar: avatar.await.expect("the avatar's task panicked"),
        posts,
        stats,
    }
}
