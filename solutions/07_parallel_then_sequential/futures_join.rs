//! # Exercise 07: parallel, then sequential (another answer: `futures::future::join`)
//!
//! `join` is the function form of `join!` for two futures: one future that polls both and is
//! ready with both outputs. The chain is an `async` block, so `join` runs it as one path.

use futures::future::join;
use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let (price, discount) = join(fetch_price(), fetch_discount()).await;
    place_order(&price, &discount).await
}

/// What a profile page shows.
#[derive(Debug, PartialEq, Eq)]
pub struct ProfilePage {
    /// The posts of the signed-in user, from `fetch_posts_by`.
    pub posts: String,
    /// What is trending on the site, from `fetch_trending`.
    pub trending: String,
}

/// Loads the signed-in user's posts and what is trending.
pub async fn load_profile_page() -> ProfilePage {
    let posts = async {
        let user = fetch_user().await;
        fetch_posts_by(&user).await
    };
    let (posts, trending) = join(posts, fetch_trending()).await;
    ProfilePage { posts, trending }
}
