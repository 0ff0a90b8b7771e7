//! # Exercise 07: parallel, then sequential
//!
//! Two functions, each with work that needs other work's results.
//!
//! `order_with_discount` looks up an item's price and the customer's discount, then places the
//! order, which needs both. The two lookups need nothing from each other, yet the code below
//! waits for the price before it asks for the discount.
//!
//! `load_profile_page` loads a user and then that user's posts, which need the user; beside them
//! it loads what is trending, which needs nothing. The code below waits for the posts before it
//! asks for the trending list.
//!
//! Goal: run the independent work at the same time, and start each dependent step the moment
//! its inputs have arrived, not a moment later. An order should take the slower lookup plus the
//! order itself; a profile page, the longer of its two paths: the user and then the posts, or
//! the trending list alone.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! async function orderWithDiscount() {
//!   // The lookups are independent: run them together.
//!   const [price, discount] = await Promise.all([fetchPrice(), fetchDiscount()]);
//!   // The order needs both results, so it comes after.
//!   return placeOrder(price, discount);
//! }
//!
//! async function loadProfilePage() {
//!   // One path is a chain (the posts need the user); the other needs nothing.
//!   const [posts, trending] = await Promise.all([
//!     fetchUser().then((user) => fetchPostsBy(user)),
//!     fetchTrending(),
//!   ]);
//!   return { posts, trending };
//! }
//! ```
//!
//! Worth a look: `tokio::join!`, and an `async { ... }` block to turn a chain of awaits into one
//! future that `join!` can run beside another.
//! Check your work with `cargo test -p pipeline`; read the chapter with `mdbook serve book`.

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

/// Looks up the price and the discount, then places the order; returns its confirmation.
pub async fn order_with_discount() -> String {
    // TODO: the discount lookup waits here for the price, though it does not need it. Run the
    // two lookups together; the order itself must still wait for both.
    let price = fetch_price().await;
    let discount = fetch_discount().await;
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
    // TODO: the posts need the user, so those two stay in order. The trending list needs
    // neither: run it beside that chain instead of after it.
    let user = fetch_user().await;
    let posts = fetch_posts_by(&user).await;
    let trending = fetch_trending().await;
    ProfilePage { posts, trending }
}
