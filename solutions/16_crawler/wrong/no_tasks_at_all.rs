//! # Exercise 16, a known wrong answer: the tasks taken out
//!
//! The mistake: the error is about `tokio::spawn`, so the spawn goes, and each download is
//! awaited in the loop. It compiles, and no lock is needed any more, but an `.await` in a loop
//! waits for each download before starting the next: the crawl takes the sum of every download
//! instead of the slowest one alone.
//!
//! Fails with: ordering, timing

use std::collections::BTreeMap;

use stand_ins::fetch_url;

/// Each url's page body, or the reason its download failed.
pub type Pages = BTreeMap<String, Result<String, String>>;

/// Downloads every one of `urls` at the same time and files each result under its url.
pub async fn crawl(urls: Vec<String>) -> Pages {
    let mut pages = Pages::new();
    for url in urls {
        let page = fetch_url(&url).await;
        pages.insert(url, page);
    }
    pages
}
