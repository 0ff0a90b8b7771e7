//! Expect: solved
//! Spawns both requests, each with its own copy of the name, and waits for the pair with `tokio::try_join!`.

use stand_ins::{fetch_avatar, fetch_posts_by};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfilePage {
    pub avatar: String,
    pub posts: String,
}

pub async fn profile_page(user: String) -> ProfilePage {
    let for_posts = user.clone();
    let posts = tokio::spawn(async move { fetch_posts_by(&for_posts).await });
    let avatar = tokio::spawn(async move { fetch_avatar(&user).await });
    let (avatar, posts) = tokio::try_join!(avatar, posts).expect("a request task panicked");
    ProfilePage { avatar, posts }
}
