//! # Exercise 16: a lock held across an `.await` (another answer: no shared map at all)
//!
//! Each task returns its url and its result, and the map is built from the handles once every
//! task has ended: with nothing shared, there is no lock to hold across an `.await`. The
//! handles are awaited in the order they were spawned, which costs no time: the tasks all run
//! from 0 ms whatever order their handles are awaited in.

use std::collections::BTreeMap;

use stand_ins::fetch_url;

/// Each url's page body, or the reason its download failed.
pub type Pages = BTreeMap<String, Result<String, String>>;

/// Downloads every one of `urls` at the same time and files each result under its url.
///
/// # Panics
/// When a download task panics.
pub async fn crawl(urls: Vec<String>) -> Pages {
    let tasks: Vec<_> = urls
        .into_iter()
        .map(|url| {
            tokio::spawn(async move {
                let page = fetch_url(&url).await;
                (url, page)
            })
        })
        .collect();
    let mut pages = Pages::new();
    for task in tasks {
        let (url, page) = task.await.expect("a download task panicked");
        pages.insert(url, page);
    }
    pages
}
