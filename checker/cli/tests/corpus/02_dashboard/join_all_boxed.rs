//! Expect: solved
//! Boxes the three loads into one `Vec`, runs them with `join_all` and matches the results, which keep list order, against an array pattern.

use futures::FutureExt as _;
use futures::future::join_all;
use stand_ins::{fetch_comments, fetch_posts, fetch_user};

/// What the dashboard shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Dashboard {
    pub user: String,
    pub posts: String,
    pub comments: String,
}

/// Loads the user, their posts and their comments, and puts each in its own field.
pub async fn load_dashboard() -> Dashboard {
    let loads = vec![
        fetch_user().boxed(),
        fetch_posts().boxed(),
        fetch_comments().boxed(),
    ];
    let results: [String; 3] = join_all(loads)
        .await
        .try_into()
        .expect("three loads give three results");
    let [user, posts, comments] = results;
    Dashboard {
        user,
        posts,
        comments,
    }
}
