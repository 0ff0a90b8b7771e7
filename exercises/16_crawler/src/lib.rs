//! # Exercise 16: a lock held across an `.await`
//!
//! A small crawler downloads a list of pages, each in a task of its own, and files every page's
//! body (or the reason it failed) under its url in one shared map. The code below is what the
//! JavaScript becomes word for word, and it does not compile: that is the lesson. Run
//! `cargo build -p crawler` and read the compiler's message before you change anything.
//!
//! Goal: make it compile without losing what the spawned tasks are for. Every download starts
//! at 0 ms, the crawl takes as long as the slowest download alone, and the map holds every url's
//! result.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // each download in flight at once; each result filed under its url as it arrives
//! async function crawl(urls) {
//!   const pages = new Map();
//!   await Promise.all(urls.map(async (url) => {
//!     pages.set(url, await fetchUrl(url));
//!   }));
//!   return pages;
//! }
//! ```
//!
//! Worth a look: the compiler's `note:` lines, and when a `MutexGuard` is dropped.
//! Check your work with `cargo test -p crawler`; read the chapter with `mdbook serve book`.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use stand_ins::fetch_url;

/// Each url's page body, or the reason its download failed.
pub type Pages = BTreeMap<String, Result<String, String>>;

/// Downloads every one of `urls` at the same time and files each result under its url.
///
/// # Panics
/// When a download task panics.
pub async fn crawl(urls: Vec<String>) -> Pages {
    let pages = Arc::new(Mutex::new(Pages::new()));
    let mut tasks = Vec::new();
    for url in urls {
        let pages = Arc::clone(&pages);
        tasks.push(tokio::spawn(async move {
            // TODO: the lock is taken before the download starts and released only once the
            // page is filed, so the guard is held across the `.await`. Download first, and
            // take the lock only to insert the result.
            pages
                .lock()
                .unwrap()
                .insert(url.clone(), fetch_url(&url).await);
        }));
    }
    for task in tasks {
        task.await.expect("a download task panicked");
    }
    let pages = pages.lock().unwrap();
    pages.clone()
}
