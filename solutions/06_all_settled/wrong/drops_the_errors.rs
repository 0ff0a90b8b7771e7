//! # Exercise 06: allSettled, or partial success (a known wrong answer: the errors dropped)
//!
//! `join_all` waits for every download, all at once, and the bodies are kept in order, but
//! `filter_map(Result::ok)` throws every error away. The caller wanted to know what failed and
//! why: `failed` comes back empty however many downloads failed.
//!
//! Fails with: value

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
    let downloads = urls
        .iter()
        .map(|url| async move { fetch_url(url).await.map(|body| (url.to_string(), body)) });
    let loaded = join_all(downloads)
        .await
        .into_iter()
        .filter_map(Result::ok)
        .collect();
    Report {
        loaded,
        failed: Vec::new(),
    }
}
