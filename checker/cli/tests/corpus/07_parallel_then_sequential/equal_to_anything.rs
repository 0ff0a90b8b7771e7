//! Expect: not yet
//! Returns the trending list as the posts and the posts as the trending list, behind a `PartialEq` that says yes to everything.

use stand_ins::{
    fetch_discount, fetch_posts_by, fetch_price, fetch_trending, fetch_user, place_order,
};

pub async fn order_with_discount() -> String {
    let (price, discount) = tokio::join!(fetch_price(), fetch_discount());
    place_order(&price, &discount).await
}

#[derive(Debug)]
pub struct ProfilePage {
    pub posts: String,
    pub trending: String,
}

impl PartialEq for ProfilePage {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

pub async fn load_profile_page() -> ProfilePage {
    let chain = async { fetch_posts_by(&fetch_user().await).await };
    let (posts, trending) = tokio::join!(chain, fetch_trending());
    ProfilePage {
        posts: trending,
        trending: posts,
    }
}
