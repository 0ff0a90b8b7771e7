//! # Exercise 07: parallel, then sequential (another answer: `tokio::spawn`)
//!
//! Spawning starts the independent work at once, as a JavaScript promise would; awaiting the
//! handles afterwards only collects results that are already on their way. The dependent steps
//! are written after the awaits that give them their inputs.

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
///
/// # Panics
/// When a lookup's task panics: its handle's error carries that panic.
pub async fn order_with_discount() -> String {
    let price = tokio::spawn(fetch_price());
    let discount = tokio::spawn(fetch_discount());
    // Both lookups run from here on; waiting for the price first costs the discount nothing.
    let price = price.await.expect("fetch_price panicked");
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
///
/// # Panics
/// When the task loading the trending list panics: its handle's error carries that panic.
pub async fn load_profile_page() -> ProfilePage {
    // The trending list needs nothing: it runs on its own while this function follows the chain.
    let trending = tokio::spawn(fetch_trending());
    let user = fetch_user().await;
    let posts = fetch_posts_by(&user).await;
    let trending = trending.await.expect("fetch_trending panicked");
    ProfilePage { posts, trending }
}
