//! Expect: solved
//! Spawns one task per url, waits for every handle with `try_join_all` (which fails only on a panic) and zips the outcomes back with the urls.

use futures::future::try_join_all;
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
    let tasks = urls.iter().map(|url| {
        let url = url.to_string();
        tokio::spawn(async move { fetch_url(&url).await })
    });
    let results = try_join_all(tasks).await.expect("a download panicked");
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
