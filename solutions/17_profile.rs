//! # Exercise 17: a spawned task that borrows (solution)
//!
//! `tokio::spawn` hands the task to the runtime, which may run it after this function has
//! returned, so the task's future must own everything it uses (`'static`). The compiler's own
//! suggestion, `async move`, would move `user` into the task and leave nothing for
//! `fetch_avatar(&user)` to borrow. The task gets a clone instead, made before it is spawned,
//! so that both requests still start at 0 ms.

use stand_ins::{fetch_avatar, fetch_posts_by};

/// A profile page: the user's avatar and the posts they wrote.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfilePage {
    pub avatar: String,
    pub posts: String,
}

/// The profile page of `user`, with both requests in flight at once.
///
/// # Panics
/// When the task that loads the posts panics.
pub async fn profile_page(user: String) -> ProfilePage {
    let owned = user.clone();
    let posts = tokio::spawn(async move { fetch_posts_by(&owned).await });
    let avatar = fetch_avatar(&user).await;
    ProfilePage {
        avatar,
        posts: posts.await.expect("the posts task panicked"),
    }
}
