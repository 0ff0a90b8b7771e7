//! Expect: solved
//! Spawns the independent work (the chain as a helper `async fn`) and awaits both handles together with `tokio::try_join!`.

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let (price, discount) =
        tokio::try_join!(tokio::spawn(fetch_price()), tokio::spawn(fetch_discount()))
            .expect("a lookup panicked");
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

/// Loads the signed-in user, then that user's posts.
async fn posts_of_user() -> String {
    let user = fetch_user().await;
    fetch_posts_by(&user).await
}

/// Loads the signed-in user's posts and what is trending.
pub async fn load_profile_page() -> ProfilePage {
    let (posts, trending) = tokio::try_join!(
        tokio::spawn(posts_of_user()),
        tokio::spawn(fetch_trending())
    )
    .expect("a load panicked");
    ProfilePage { posts, trending }
}
