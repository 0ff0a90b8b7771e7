//! # Exercise 07: parallel, then sequential (solution)
//!
//! Each function sorts its work by what needs what. Work that needs nothing goes into one
//! `tokio::join!`, so it all starts at 0 ms; work that needs a result comes after the `.await`
//! that produces it, so it starts the moment that result is there. A chain of dependent steps is
//! one path: an `async` block awaits its steps in order, and `join!` runs that block beside the
//! independent work. Each run then takes as long as its longest path.

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    // The lookups need nothing from each other: both start now.
    let (price, discount) = tokio::join!(fetch_price(), fetch_discount());
    // The order needs both, so it starts once the slower lookup has finished, and not before.
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
        // One path: the posts need the user, so this block awaits them in turn.
        async {
            let user = fetch_user().await;
            fetch_posts_by(&user).await
        },
        // The other path needs nothing, so it runs beside the whole chain.
        fetch_trending(),
    );
    ProfilePage { posts, trending }
}
