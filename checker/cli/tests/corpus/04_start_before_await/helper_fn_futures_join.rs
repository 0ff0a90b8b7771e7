//! Expect: solved
//! Puts the user-then-avatar chain in a helper `async fn` and runs it beside the two other loads with the `futures::join!` macro.

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

/// Loads the signed-in user, then that user's avatar.
async fn user_avatar() -> String {
    let user = fetch_user().await;
    fetch_avatar(&user).await
}

/// Loads everything the home page shows.
pub async fn load_home() -> Home {
    let (avatar, posts, stats) = futures::join!(user_avatar(), fetch_posts(), fetch_stats());
    Home {
        avatar,
        posts,
        stats,
    }
}
