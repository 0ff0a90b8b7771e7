//! # Exercise 06: allSettled, or partial success (a known wrong answer: completion order, then
//! sorted by url)
//!
//! A `FuturesUnordered` runs every download to its end, all at once, but yields the results as
//! they finish. Sorting each list by url afterwards does not put them back in the order of
//! `urls`: it only looks right when the urls happen to be given in alphabetical order. The
//! order asked for is the caller's, whatever it is.
//!
//! Fails with: value

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
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
    let mut downloads: FuturesUnordered<_> = urls
        .iter()
        .map(|url| async move { (url.to_string(), fetch_url(url).await) })
        .collect();
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    while let Some((url, result)) = downloads.next().await {
        match result {
            Ok(body) => report.loaded.push((url, body)),
            Err(error) => report.failed.push((url, error)),
        }
    }
    report.loaded.sort();
    report.failed.sort();
    report
}
