//! # Exercise 07: parallel, then sequential (a known wrong answer: swapped fields, and a
//! `PartialEq` that hides them)
//!
//! Every call starts on time, but the `join!`'s tuple is taken apart the other way round, so
//! the trending list lands in `posts` and the posts in `trending`. A `PartialEq` that says
//! every two pages are equal would hide that from a test that compared `ProfilePage`s; the
//! tests compare the fields themselves.
//!
//! Fails with: value

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    let (price, discount) = tokio::join!(fetch_price(), fetch_discount());
    place_order(&price, &discount).await
}

/// What a profile page shows.
#[derive(Debug)]
pub struct ProfilePage {
    /// The posts of the signed-in user, from `fetch_posts_by`.
    pub posts: String,
    /// What is trending on the site, from `fetch_trending`.
    pub trending: String,
}

impl PartialEq for ProfilePage {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Loads the signed-in user's posts and what is trending.
pub async fn load_profile_page() -> ProfilePage {
    let (trending, posts) = tokio::join!(
        async {
            let user = fetch_user().await;
            fetch_posts_by(&user).await
        },
        fetch_trending(),
    );
    ProfilePage { posts, trending }
}
