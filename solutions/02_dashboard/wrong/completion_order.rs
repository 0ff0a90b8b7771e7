//! # Exercise 02: the dashboard (a known wrong answer: fields filled in completion order)
//!
//! A `FuturesUnordered` runs the three loads at once, so the dashboard is ready in time, but it
//! yields each result as its load finishes. Filling the fields in that order puts whichever load
//! was fastest into `user`: `Promise.all` keeps the order of its array, `FuturesUnordered` does
//! not.
//!
//! Fails with: value

use futures::stream::FuturesUnordered;
use futures::{FutureExt as _, StreamExt as _};
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
    let loads: FuturesUnordered<_> = [
        fetch_user().boxed(),
        fetch_posts().boxed(),
        fetch_comments().boxed(),
    ]
    .into_iter()
    .collect();
    let results: Vec<String> = loads.collect().await;
    let [user, posts, comments] = <[String; 3]>::try_from(results).expect("three loads");
    Dashboard {
        user,
        posts,
        comments,
    }
}
