//! # Exercise 10: results as they arrive (a known wrong answer: `FuturesOrdered`, the `for await`
//! of Rust)
//!
//! `FuturesOrdered` runs the downloads together, like `FuturesUnordered`, but yields their
//! results in the order of the list, as JavaScript's `for await` over an array of promises does:
//! a result that arrives early is held back until every one before it is out.
//!
//! Fails with: ordering, timing

use futures::StreamExt as _;
use futures::stream::FuturesOrdered;
use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download, and
/// returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let mut downloads: FuturesOrdered<_> = urls
        .iter()
        .map(|url| async move { (url, fetch_url(url).await) })
        .collect();
    let mut succeeded = 0;
    let mut failed = 0;
    while let Some((url, result)) = downloads.next().await {
        log_progress(url, &result).await;
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
    }
    (succeeded, failed)
}
