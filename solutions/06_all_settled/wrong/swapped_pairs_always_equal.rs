//! # Exercise 06: allSettled, or partial success (a known wrong answer: pairs the wrong way
//! round, and a `PartialEq` that hides them)
//!
//! Every download runs to its end, all at once, and the results stay in the order of the urls,
//! but each pair is built as `(body, url)` and `(error, url)`, the wrong way round. A `PartialEq`
//! that says every two reports are equal would hide that from a test that compared `Report`s;
//! the tests compare the lists themselves.
//!
//! Fails with: value

use futures::future::join_all;
use stand_ins::fetch_url;

/// What came of a batch of downloads.
#[derive(Debug)]
pub struct Report {
    /// `(url, body)` for each download that worked, in the order of the urls.
    pub loaded: Vec<(String, String)>,
    /// `(url, error)` for each download that failed, in the order of the urls.
    pub failed: Vec<(String, String)>,
}

impl PartialEq for Report {
    fn eq(&self, _: &Self) -> bool {
        true
    }
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
    let results = join_all(urls.iter().map(|url| fetch_url(url))).await;
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    for (url, result) in urls.iter().zip(results) {
        match result {
            Ok(body) => report.loaded.push((body, url.to_string())),
            Err(error) => report.failed.push((error, url.to_string())),
        }
    }
    report
}
