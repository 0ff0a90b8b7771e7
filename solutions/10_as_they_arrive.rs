//! # Exercise 10: results as they arrive (solution)
//!
//! A `FuturesUnordered` polls every download at once and, used as a stream, yields each output
//! the moment its download ends: the Rust way to take results as they arrive. Each future carries
//! its url with its result, because the stream yields in finishing order, not list order. The
//! loop writes a line per result as it comes, so the log follows the downloads in real time, and
//! it ends with the slowest download's line.

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let mut downloads: FuturesUnordered<_> = urls
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
