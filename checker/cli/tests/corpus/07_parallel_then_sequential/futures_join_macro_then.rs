//! Expect: solved
//! Uses the `futures::join!` macro for both, with the user-then-posts chain written as `fetch_user().then(...)`.

use futures::FutureExt as _;
use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let (price, discount) = futures::join!(fetch_price(), fetch_discount());
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
    let posts = fetch_user().then(|user| async move { fetch_posts_by(&user).await });
    let (posts, trending) = futures::join!(posts, fetch_trending());
    ProfilePage { posts, trending }
}
