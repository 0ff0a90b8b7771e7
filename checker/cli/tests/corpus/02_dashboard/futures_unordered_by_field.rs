//! Expect: solved
//! Tags each load with the field it fills, takes the results from a `FuturesUnordered` as they finish and writes each into its field.

use futures::StreamExt as _;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use stand_ins::{fetch_comments, fetch_posts, fetch_user};

/// What the dashboard shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Dashboard {
    pub user: String,
    pub posts: String,
    pub comments: String,
}

/// Which field of the dashboard a load fills.
enum Field {
    User,
    Posts,
    Comments,
}

/// A load tagged with the field it fills.
async fn tagged(field: Field, load: BoxFuture<'static, String>) -> (Field, String) {
    (field, load.await)
}

/// Loads the user, their posts and their comments, and puts each in its own field.
pub async fn load_dashboard() -> Dashboard {
    let mut loads: FuturesUnordered<_> = [
        tagged(Field::User, Box::pin(fetch_user())),
        tagged(Field::Posts, Box::pin(fetch_posts())),
        tagged(Field::Comments, Box::pin(fetch_comments())),
    ]
    .into_iter()
    .collect();
    let mut dashboard = Dashboard {
        user: String::new(),
        posts: String::new(),
        comments: String::new(),
    };
    while let Some((field, value)) = loads.next().await {
        match field {
            Field::User => dashboard.user = value,
            Field::Posts => dashboard.posts = value,
            Field::Comments => dashboard.comments = value,
        }
    }
    dashboard
}
