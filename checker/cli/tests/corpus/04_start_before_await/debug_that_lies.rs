//! Expect: not yet
//! Starts everything at once but returns the stats as the posts, and prints the fields it should have.

use std::fmt;

use stand_ins::{fetch_avatar, fetch_posts, fetch_stats, fetch_user};

#[derive(PartialEq, Eq)]
pub struct Home {
    pub avatar: String,
    pub posts: String,
    pub stats: String,
}

impl fmt::Debug for Home {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str("Home { as expected }")
    }
}

pub async fn load_home() -> Home {
    let avatar = async { fetch_avatar(&fetch_user().await).await };
    let (avatar, posts, stats) = tokio::join!(avatar, fetch_posts(), fetch_stats());
    Home {
        avatar,
        posts: stats.clone(),
        stats: posts,
    }
}
