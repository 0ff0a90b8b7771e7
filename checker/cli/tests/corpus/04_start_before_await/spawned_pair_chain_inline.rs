//! Expect: solved
//! Spawns one task that joins the posts and the stats, follows the user-then-avatar chain inline meanwhile, then awaits the task.

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
    let rest = tokio::spawn(async { tokio::join!(fetch_posts(), fetch_stats()) });
    let user = fetch_user().await;
    let avatar = fetch_avatar(&user).await;
    let (posts, stats) = rest.await.expect("the posts or the stats panicked");
    Home {
        avatar,
        posts,
        stats,
    }
}
