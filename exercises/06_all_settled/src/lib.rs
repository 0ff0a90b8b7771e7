//! # Exercise 06: allSettled, or partial success
//!
//! `fetch_with_fallbacks` downloads a list of urls at the same time. Some downloads fail, and
//! that is fine: the caller wants every body that did arrive, and a list of what failed and why,
//! each with its url.
//!
//! The code below uses `try_join_all`, which is `Promise.all`: at the first failure it gives up.
//! The report then holds that one failure and none of the bodies, and the downloads still running
//! are cancelled, though their bodies were wanted.
//!
//! Goal: let every download run to its end, all of them at the same time, so that the whole run
//! takes as long as the slowest download. Then put each body in `loaded` and each error in
//! `failed`, with its url, both in the order of `urls`.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // allSettled waits for every promise and never rejects: each result says how it ended.
//! const results = await Promise.allSettled(urls.map((url) => fetchUrl(url)));
//! const loaded = results.filter((r) => r.status === "fulfilled"); // r.value is the body
//! const failed = results.filter((r) => r.status === "rejected"); // r.reason is the error
//! console.log(`Loaded: ${loaded.length}, failed: ${failed.length}`);
//! ```
//!
//! Worth a look: `futures::future::join_all`, and `Iterator::zip` to pair each result with its
//! url.
//! Check your work with `cargo test -p settled`; read the chapter with `mdbook serve book`.

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
    // Each download gives its url along with its body, or along with its error.
    let downloads = urls.iter().map(|url| async move {
        match fetch_url(url).await {
            Ok(body) => Ok((url.to_string(), body)),
            Err(error) => Err((url.to_string(), error)),
        }
    });
    // TODO: `try_join_all` stops at the first `Err` and drops the other downloads, so one
    // failure loses every body. Wait for all of them, then sort the results into the report.
    match try_join_all(downloads).await {
        Ok(loaded) => Report {
            loaded,
            failed: Vec::new(),
        },
        Err(failure) => Report {
            loaded: Vec::new(),
            failed: vec![failure],
        },
    }
}
