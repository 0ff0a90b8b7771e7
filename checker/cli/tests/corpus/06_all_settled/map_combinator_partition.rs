//! Expect: solved
//! Pairs each download with its url through `FutureExt::map`, runs them all with `join_all`, and splits the settled list with `partition`.

use futures::FutureExt as _;
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
    let settled = join_all(
        urls.iter()
            .map(|&url| fetch_url(url).map(move |result| (url.to_string(), result))),
    )
    .await;
    let (loaded, failed): (Vec<_>, Vec<_>) =
        settled.into_iter().partition(|(_, result)| result.is_ok());
    Report {
        loaded: loaded
            .into_iter()
            .filter_map(|(url, result)| result.ok().map(|body| (url, body)))
            .collect(),
        failed: failed
            .into_iter()
            .filter_map(|(url, result)| result.err().map(|error| (url, error)))
            .collect(),
    }
}
