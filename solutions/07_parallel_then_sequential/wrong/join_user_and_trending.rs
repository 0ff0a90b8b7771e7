//! # Exercise 07: parallel, then sequential (a known wrong answer: the posts wait for both
//! loads)
//!
//! The user and the trending list start together in one `join!`, but the posts are asked for
//! only after it, once both have arrived. The posts need the user alone: when the trending list
//! is the slower, the posts start late, and the user-then-posts path ends late with them. The
//! order is right.
//!
//! Fails with: ordering, timing

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let (price, discount) = tokio::join!(fetch_price(), fetch_discount());
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
    let (user, trending) = tokio::join!(fetch_user(), fetch_trending());
    let posts = fetch_posts_by(&user).await;
    ProfilePage { posts, trending }
}
