//! # Exercise 06: allSettled, or partial success (another answer: `tokio::spawn`)
//!
//! Each download runs in a task of its own, which the runtime starts at once. Awaiting the
//! handles in the order of the urls then costs nothing extra: every download is already running,
//! and each handle gives its download's `Result`, whether it worked or not. Every handle is
//! awaited, so no task is left running.

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
///
/// # Panics
/// When a download panics: its handle's error carries that panic.
pub async fn fetch_with_fallbacks(urls: &[&str]) -> Report {
    // A spawned task must own what it uses, so each one gets its own copy of its url.
    let tasks: Vec<_> = urls
        .iter()
        .map(|url| {
            let url = url.to_string();
            tokio::spawn(async move {
                let result = fetch_url(&url).await;
                (url, result)
            })
        })
        .collect();
    let mut report = Report {
        loaded: Vec::new(),
        failed: Vec::new(),
    };
    for task in tasks {
        match task.await.expect("a download panicked") {
            (url, Ok(body)) => report.loaded.push((url, body)),
            (url, Err(error)) => report.failed.push((url, error)),
        }
    }
    report
}
