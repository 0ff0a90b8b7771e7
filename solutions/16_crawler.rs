//! # Exercise 16: a lock held across an `.await` (solution)
//!
//! `tokio::spawn` may move a task to another thread whenever it is suspended at an `.await`, so
//! everything the task holds across an `.await` must be `Send`. A std `MutexGuard` is not: it
//! must be unlocked on the thread that locked it. In the shipped line the guard is a temporary
//! of the whole statement, taken before the download starts, so it lives across the `.await`.
//! Downloading first, in a statement of its own, and locking only to insert, keeps the guard
//! between two `.await`s, never across one, and the lock is held for an instant instead of a
//! whole download.

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
            let page = fetch_url(&url).await;
            pages.lock().unwrap().insert(url, page);
        }));
    }
    for task in tasks {
        task.await.expect("a download task panicked");
    }
    let pages = pages.lock().unwrap();
    pages.clone()
}
