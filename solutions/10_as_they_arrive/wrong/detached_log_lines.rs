//! # Exercise 10, a known wrong answer: log lines written by tasks nobody waits for
//!
//! The mistake: `tokio::spawn` for each log line, "so that writing does not hold up the next
//! download", and never awaiting the spawned tasks. The lines are written in time, but the
//! function returns while the last one is still being written: the caller is told the work is
//! done before its log is complete, and a program that exits then loses the line. Await each
//! write (or keep the handles and await them before returning).
//!
//! Fails with: cancellation, timing

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::{fetch_url, log_progress};

/// Downloads every url at once, logs each as it ends, and returns how many succeeded and failed.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let mut downloads: FuturesUnordered<_> = urls
        .iter()
        .map(|url| async move { (url.clone(), fetch_url(url).await) })
        .collect();
    let mut succeeded = 0;
    let mut failed = 0;
    while let Some((url, result)) = downloads.next().await {
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
        tokio::spawn(async move { log_progress(&url, &result).await });
    }
    (succeeded, failed)
}
