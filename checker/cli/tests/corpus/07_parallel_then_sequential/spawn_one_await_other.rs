//! Expect: solved
//! Spawns one side of each pair (the discount lookup, the user-then-posts chain) and awaits the other inline before awaiting the handle.

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let discount = tokio::spawn(fetch_discount());
    let price = fetch_price().await;
    let discount = discount.await.expect("fetch_discount panicked");
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
    let posts = tokio::spawn(async move {
        let user = fetch_user().await;
        fetch_posts_by(&user).await
    });
    let trending = fetch_trending().await;
    let posts = posts.await.expect("the posts chain panicked");
    ProfilePage { posts, trending }
}
