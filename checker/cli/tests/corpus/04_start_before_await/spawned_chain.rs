//! Expect: solved
//! Spawns three tasks at 0 ms, one of them the user-then-avatar chain as an `async move` block, and awaits their handles.

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
    let avatar = tokio::spawn(async move {
        let user = fetch_user().await;
        fetch_avatar(&user).await
    });
    let posts = tokio::spawn(fetch_posts());
    let stats = tokio::spawn(fetch_stats());
    Home {
        avatar: avatar.await.expect("the avatar task panicked"),
        posts: posts.await.expect("fetch_posts panicked"),
        stats: stats.await.expect("fetch_stats panicked"),
    }
}
