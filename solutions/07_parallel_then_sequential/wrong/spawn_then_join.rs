//! # Exercise 07: parallel, then sequential (a known wrong answer: spawned, then looked up
//! again)
//!
//! The two lookups are spawned "to get them going", but the handles are dropped, and the
//! `join!` that follows calls `fetch_price()` and `fetch_discount()` a second time to get
//! their results. The timing is right, since both copies run from 0 ms, but each lookup runs
//! twice and the spawned copies' results are thrown away. The profile page is right.
//!
//! Fails with: calls

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    tokio::spawn(fetch_price());
    tokio::spawn(fetch_discount());
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
    let (posts, trending) = tokio::join!(
        async {
            let user = fetch_user().await;
            fetch_posts_by(&user).await
        },
        fetch_trending(),
    );
    ProfilePage { posts, trending }
}
