//! # Exercise 16, a known wrong answer: each task awaited the moment it is spawned
//!
//! The mistake: the guard is fixed, but each task's handle is awaited right after the task is
//! spawned, inside the loop. The loop cannot spawn the next download until this one has ended,
//! so the tasks run one after another: spawning buys nothing when its handle is awaited at
//! once. Spawn them all first, then await the handles.
//!
//! Fails with: ordering, timing

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
    for url in urls {
        let pages = Arc::clone(&pages);
        tokio::spawn(async move {
            let page = fetch_url(&url).await;
            pages.lock().unwrap().insert(url, page);
        })
        .await
        .expect("a download task panicked");
    }
    let pages = pages.lock().unwrap();
    pages.clone()
}
