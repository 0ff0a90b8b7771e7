//! # Exercise 06: allSettled, or partial success (a known wrong answer: one download at a time)
//!
//! The loop keeps every body and every error, each with its url, in the order of the urls: the
//! report is right. But each download starts only once the one before it has ended, so the run
//! takes all the downloads added together instead of the slowest one.
//!
//! Fails with: timing, ordering

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
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    for url in urls {
        match fetch_url(url).await {
            Ok(body) => report.loaded.push((url.to_string(), body)),
            Err(error) => report.failed.push((url.to_string(), error)),
        }
    }
    report
}
