//! Expect: not yet
//! Gathers the downloads in the order they end, then sorts by url: right only when the urls come in alphabetical order.

use futures::stream::{FuturesUnordered, StreamExt as _};
use stand_ins::fetch_url;

#[derive(Debug, PartialEq, Eq)]
pub struct Report {
    pub loaded: Vec<(String, String)>,
    pub failed: Vec<(String, String)>,
}

impl Report {
    pub fn summary(&self) -> String {
        format!("Loaded: {}, failed: {}", self.loaded.len(), self.failed.len())
    }
}

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
