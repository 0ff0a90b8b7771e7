//! # Exercise 04: start before await (a known wrong answer: spawned, then loaded again)
//!
//! The posts and the stats are spawned "to start them now", as the hint says, but the handles are
//! dropped, and the `join!` that follows calls `fetch_posts()` and `fetch_stats()` a second time
//! to get their results. The timing is right, since both copies run from 0 ms, but each of the two
//! loads runs twice and the spawned copies' results are thrown away.
//!
//! Fails with: calls

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
    tokio::spawn(fetch_posts());
    tokio::spawn(fetch_stats());
    let (avatar, posts, stats) = tokio::join!(
        async {
            let user = fetch_user().await;
            fetch_avatar(&user).await
        },
        fetch_posts(),
        fetch_stats(),
    );
    Home {
        avatar,
        posts,
        stats,
    }
}
