//! # Exercise 10: results as they arrive (another answer: a `JoinSet`)
//!
//! Each download is spawned into a `JoinSet`, which starts it at once; `join_next` hands back
//! whichever task ends next. A spawned task must own what it uses, so each gets its own copy of
//! its url, and gives it back with the result.

use stand_ins::{fetch_url, log_progress};
use tokio::task::JoinSet;

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
///
/// # Panics
/// When a download task panics: `join_next` carries that panic.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let mut downloads = JoinSet::new();
    for url in urls {
        let url = url.clone();
        downloads.spawn(async move {
            let result = fetch_url(&url).await;
            (url, result)
        });
    }
    let mut succeeded = 0;
    let mut failed = 0;
    while let Some(ended) = downloads.join_next().await {
        let (url, result) = ended.expect("a download task panicked");
        log_progress(&url, &result).await;
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
    }
    (succeeded, failed)
}
