//! # Exercise 04: start before await (a known wrong answer: swapped fields, and a `PartialEq`
//! that hides them)
//!
//! Everything starts on time, but the `join!`'s tuple is taken apart in another order than the
//! futures were written in, so the stats land in `posts` and the posts in `stats`. A `PartialEq`
//! that says every two pages are equal would hide that from a test that compared `Home`s; the
//! tests compare the fields themselves.
//!
//! Fails with: value

use stand_ins::{fetch_avatar, fetch_posts, fetch_stats, fetch_user};

/// What the home page shows.
#[derive(Debug)]
pub struct Home {
    /// The avatar of the signed-in user, from `fetch_avatar`.
    pub avatar: String,
    /// The latest posts, from `fetch_posts`.
    pub posts: String,
    /// The site's statistics, from `fetch_stats`.
    pub stats: String,
}

impl PartialEq for Home {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// Loads everything the home page shows.
pub async fn load_home() -> Home {
    let (avatar, stats, posts) = tokio::join!(
        async {
            let user = fetch_user().await;
            fetch_avatar(&user).await
        },
        fetch_posts(),
        fetch_stats(),
    );
    Home {
        avatar,
        posts,
        stats,
    }
}
