//! # Exercise 16: a lock held across an `.await` (another answer: a `JoinSet`, and a scope)
//!
//! The tasks go into a `JoinSet`, which hands each one's end back as it comes. The shared map
//! stays, but its guard lives in a block of its own after the download: the block ends, the
//! guard is dropped, and nothing that is not `Send` is alive at any `.await`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use stand_ins::fetch_url;
use tokio::task::JoinSet;

/// Each url's page body, or the reason its download failed.
pub type Pages = BTreeMap<String, Result<String, String>>;

/// Downloads every one of `urls` at the same time and files each result under its url.
///
/// # Panics
/// When a download task panics.
pub async fn crawl(urls: Vec<String>) -> Pages {
    let pages = Arc::new(Mutex::new(Pages::new()));
    let mut tasks = JoinSet::new();
    for url in urls {
        let pages = Arc::clone(&pages);
        tasks.spawn(async move {
            let page = fetch_url(&url).await;
            {
                let mut pages = pages.lock().unwrap();
                pages.insert(url, page);
            }
        });
    }
    while let Some(ended) = tasks.join_next().await {
        ended.expect("a download task panicked");
    }
    let pages = pages.lock().unwrap();
    pages.clone()
}
