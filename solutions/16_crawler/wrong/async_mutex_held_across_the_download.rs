//! # Exercise 16, a known wrong answer: a tokio `Mutex` held across the download
//!
//! The mistake: making the compiler's complaint go away by changing the lock, not the code. A
//! `tokio::sync::Mutex` guard is `Send`, so this compiles; but it is still taken before the
//! download and held until the page is filed. The first task to lock the map holds it through
//! its whole download, and every other task waits in `lock().await` for its turn: the
//! downloads run one after another, and the crawl takes the sum of them all. The lock is not
//! the problem; holding it across the `.await` is.
//!
//! Fails with: ordering, timing

use std::collections::BTreeMap;
use std::sync::Arc;

use stand_ins::fetch_url;
use tokio::sync::Mutex;

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
            pages
                .lock()
                .await
                .insert(url.clone(), fetch_url(&url).await);
        }));
    }
    for task in tasks {
        task.await.expect("a download task panicked");
    }
    let pages = pages.lock().await;
    pages.clone()
}
