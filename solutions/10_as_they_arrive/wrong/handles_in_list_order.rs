//! # Exercise 10: results as they arrive (a known wrong answer: handles awaited in list order)
//!
//! Every download is spawned, so all of them run from 0 ms, but the handles are awaited in the
//! order of the list. While the loop waits for a slow download near the top, faster ones below
//! it have already ended, and their lines wait too: the log follows the list, not the arrivals.
//!
//! Fails with: ordering, timing

use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download, and
/// returns how many downloads succeeded and how many failed, in that order.
///
/// # Panics
/// When a download task panics: its handle carries that panic.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let handles: Vec<_> = urls
        .iter()
        .map(|url| {
            let url = url.clone();
            tokio::spawn(async move { fetch_url(&url).await })
        })
        .collect();
    let mut succeeded = 0;
    let mut failed = 0;
    for (url, handle) in urls.iter().zip(handles) {
        let result = handle.await.expect("a download task panicked");
        log_progress(url, &result).await;
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
    }
    (succeeded, failed)
}
