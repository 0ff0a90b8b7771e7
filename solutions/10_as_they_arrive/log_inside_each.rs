//! # Exercise 10: results as they arrive (another answer: each download logs its own line)
//!
//! The JavaScript `urls.map(async (url) => { await download(url); log(url) })` in Rust: each
//! future downloads, then writes its own line, so the line follows its download at once
//! whichever other download is still running. `join_all` runs them all together and only
//! gathers the outcomes for the count.

use futures::future::join_all;
use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let downloads = urls.iter().map(|url| async move {
        let result = fetch_url(url).await;
        log_progress(url, &result).await;
        result.is_ok()
    });
    let outcomes = join_all(downloads).await;
    let succeeded = outcomes.iter().filter(|&&ok| ok).count();
    (succeeded, outcomes.len() - succeeded)
}
