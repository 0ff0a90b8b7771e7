//! Expect: solved
//! Chains the avatar onto the user with `FutureExt::then` and runs that chain beside the posts and the stats with `futures::future::join3`.

use futures::FutureExt as _;
use futures::future::join3;
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
    let avatar = fetch_user().then(|user| async move { fetch_avatar(&user).await });
    let (avatar, posts, stats) = join3(avatar, fetch_posts(), fetch_stats()).await;
    Home {
        avatar,
        posts,
        stats,
    }
}
