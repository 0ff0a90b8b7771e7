//! Expect: solved
//! Spawns the avatar rather than the posts, with a copy of the name moved in; the posts load here, borrowing the original.

use stand_ins::{fetch_avatar, fetch_posts_by};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfilePage {
    pub avatar: String,
    pub posts: String,
}

pub async fn profile_page(user: String) -> ProfilePage {
    let name = user.clone();
    let avatar = tokio::spawn(async move { fetch_avatar(&name).await });
    let posts = fetch_posts_by(&user).await;
    let avatar = avatar.await.expect("the avatar task panicked");
    ProfilePage { avatar, posts }
}
