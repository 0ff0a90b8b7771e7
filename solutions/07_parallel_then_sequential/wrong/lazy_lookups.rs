//! # Exercise 07: parallel, then sequential (a known wrong answer: lookups built first)
//!
//! The JavaScript `const priceP = fetchPrice(); const discountP = fetchDiscount();` written in
//! Rust: both lookups are built up front, then awaited one by one. Building a Rust future starts
//! nothing, so the discount starts only once the price has arrived, and the order waits for the
//! two added together. The profile page is right.
//!
//! Fails with: ordering, timing

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let price = fetch_price();
    let discount = fetch_discount();
    let (price, discount) = (price.await, discount.await);
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
    let (posts, trending) = tokio::join!(
        async {
            let user = fetch_user().await;
            fetch_posts_by(&user).await
        },
        fetch_trending(),
    );
    ProfilePage { posts, trending }
}
