//! Expect: solved
//! Takes position-tagged downloads from a `FuturesUnordered` as they end, stores each outcome in its slot, then walks the slots in url order.

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
        .enumerate()
        .map(|(position, url)| async move { (position, fetch_url(url).await) })
        .collect();
    let mut slots: Vec<Option<Result<String, String>>> = vec![None; urls.len()];
    while let Some((position, result)) = downloads.next().await {
        slots[position] = Some(result);
    }
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    for (url, result) in urls.iter().zip(slots.into_iter().flatten()) {
        match result {
            Ok(body) => report.loaded.push((url.to_string(), body)),
            Err(error) => report.failed.push((url.to_string(), error)),
        }
    }
    report
}
