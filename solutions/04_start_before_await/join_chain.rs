//! # Exercise 04: start before await (another answer: `tokio::join!` over a chain)
//!
//! The user and the avatar form one path, written as an `async` block: a future that awaits the
//! user, then the avatar. `join!` polls that path and the two independent loads together, so all
//! three start at 0 ms, and the avatar goes out the moment the user arrives, inside its own path,
//! without waiting for the posts or the stats.

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
