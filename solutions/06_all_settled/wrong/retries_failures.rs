//! # Exercise 06: allSettled, or partial success (a known wrong answer: a failed url retried)
//!
//! Every download runs at once and the report keeps every body and every error in order, but a
//! failed download is tried once more before its error is kept. The name says "fallbacks"; the
//! caller asked for each url once and a report of what failed. The retry doubles the requests
//! to a failing server, and a late failure retried holds up the whole run.
//!
//! Fails with: calls, timing

use futures::future::join_all;
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
    let downloads = urls.iter().map(|url| async move {
        match fetch_url(url).await {
            Ok(body) => Ok(body),
            Err(_) => fetch_url(url).await,
        }
    });
    let results = join_all(downloads).await;
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    for (url, result) in urls.iter().zip(results) {
        match result {
            Ok(body) => report.loaded.push((url.to_string(), body)),
            Err(error) => report.failed.push((url.to_string(), error)),
        }
    }
    report
}
