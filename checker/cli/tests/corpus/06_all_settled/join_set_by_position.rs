//! Expect: solved
//! Spawns every download into a `JoinSet` with its position, sorts the outcomes back by position (not by url) and splits them into the report.

use stand_ins::fetch_url;
use tokio::task::JoinSet;

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
    let mut downloads = JoinSet::new();
    for (position, url) in urls.iter().enumerate() {
        let url = url.to_string();
        downloads.spawn(async move {
            let result = fetch_url(&url).await;
            (position, url, result)
        });
    }
    let mut settled = downloads.join_all().await;
    settled.sort_by_key(|&(position, _, _)| position);
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    for (_, url, result) in settled {
        match result {
            Ok(body) => report.loaded.push((url, body)),
            Err(error) => report.failed.push((url, error)),
        }
    }
    report
}
