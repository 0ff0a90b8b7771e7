//! # Exercise 06: allSettled, or partial success (another answer: `FuturesOrdered`)
//!
//! A `FuturesOrdered` is a stream that polls all its futures at once and yields their outputs in
//! the order they were pushed, not the order they finish. Taking items until the stream ends
//! waits for every download, failed or not, and each item is sorted into the report as it comes.

use futures::StreamExt as _;
use futures::stream::FuturesOrdered;
use stand_ins::fetch_url;

/// What came of a batch of downloads.
#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    /// `(url, body)` for each download that worked, in the order of the urls.
    pub loaded: Vec<(String, String)>,
    /// `(url, error)` for each download that failed, in the order of the urls.
    pub failed: Vec<(String, String)>,
}

impl Report {
    /// One line for the log, such as `Loaded: 3, failed: 2`.
    pub fn summary(&self) -> String {
        format!(
            "Loaded: {}, failed: {}",
            self.loaded.len(),
            self.failed.len()
        )
    }
}

/// Downloads every url at the same time and reports the bodies and the errors, each with its url.
pub async fn fetch_with_fallbacks(urls: &[&str]) -> Report {
    let mut downloads: FuturesOrdered<_> = urls
        .iter()
        .map(|url| async move { (url.to_string(), fetch_url(url).await) })
        .collect();
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    // `next` gives `None` only once every download has ended.
    while let Some((url, result)) = downloads.next().await {
        match result {
            Ok(body) => report.loaded.push((url, body)),
            Err(error) => report.failed.push((url, error)),
        }
    }
    report
}
