//! # Exercise 04: start before await (solution)
//!
//! A Rust future is lazy: calling `fetch_posts()` only builds it, and nothing runs until it is
//! polled. `tokio::spawn` hands a future to the runtime, which polls it from then on, so it runs
//! whether or not anyone awaits it yet: the closest Rust gets to a JavaScript promise, which
//! starts the moment it is created. With the posts and the stats spawned, this function awaits
//! the user, asks for the avatar at once, and picks up the posts and the stats at the end; by
//! then they have been loading all along.

use stand_ins::{fetch_avatar, fetch_posts, fetch_stats, fetch_user};

/// What the home page shows.
#[derive(Debug, PartialEq, Eq)]
pub struct Home {
    /// The avatar of the signed-in user, from `fetch_avatar`.
    pub avatar: String,
    /// The latest posts, from `fetch_posts`.
    pub posts: String,
    /// The site's statistics, from `fetch_stats`.
    pub stats: String,
}

/// Loads everything the home page shows.
///
/// # Panics
/// When the task loading the posts or the stats panics: its handle's error carries that panic.
pub async fn load_home() -> Home {
    // Spawned tasks start at once; the handles give their results back later. A spawned future
    // must own everything it uses (`'static`), which these do: they borrow nothing.
    let posts = tokio::spawn(fetch_posts());
    let stats = tokio::spawn(fetch_stats());

    // The avatar needs the user, so this chain stays in order, and nothing else slows it down.
    let user = fetch_user().await;
    let avatar = fetch_avatar(&user).await;

    // Both have been running since the start: these awaits only wait for whatever is left.
    let posts = posts.await.expect("fetch_posts panicked");
    let stats = stats.await.expect("fetch_stats panicked");
    Home {
        avatar,
        posts,
        stats,
    }
}
