//! Expect: solved
//! No task: `futures::future::join` polls both requests here, so both may borrow the name.

use futures::future::join;
use stand_ins::{fetch_avatar, fetch_posts_by};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfilePage {
    pub avatar: String,
    pub posts: String,
}

pub async fn profile_page(user: String) -> ProfilePage {
    let (avatar, posts) = join(fetch_avatar(&user), fetch_posts_by(&user)).await;
    ProfilePage { avatar, posts }
}
