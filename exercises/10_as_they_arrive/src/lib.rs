//! # Exercise 10: results as they arrive
//!
//! `download_all` downloads a list of files at the same time and keeps a progress log: one line
//! per download, written with `log_progress` when that download ends, so that whoever watches
//! the log sees each file arrive. The code below does run the downloads together, but it writes
//! the log only once the slowest download is done, every line at that same moment, in the order
//! of the list. With downloads of 1000, 200 and 500 ms, the first line appears after 1000 ms
//! instead of 200 ms.
//!
//! Goal: write each line the moment its download ends (success or failure), so the lines come
//! in the order the downloads finish, whatever the order of the list; the whole run then takes
//! as long as the slowest download and its line (a line takes a moment to write). Return how
//! many downloads succeeded and how many failed.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // Logged at the end: nothing shows until the slowest download is done.
//! const results = await Promise.allSettled(urls.map((url) => download(url)));
//! results.forEach((result, i) => log(urls[i], result.status));
//!
//! // `for await` over the promises is no better: it awaits them in list order, so a slow
//! // first download holds back the lines of the faster ones (and a rejection ends the loop).
//! for await (const body of urls.map((url) => download(url))) { /* ... */ }
//!
//! // As they arrive: each download logs its own line as soon as it settles.
//! await Promise.allSettled(urls.map(async (url) => {
//!   try { await download(url); log(url, "fulfilled"); }
//!   catch { log(url, "rejected"); }
//! }));
//! ```
//!
//! Worth a look: `futures::stream::FuturesUnordered` with `futures::StreamExt::next` (a
//! `while let` loop over it sees each download in the order they finish), or
//! `tokio::task::JoinSet` and its `join_next`. Whatever yields in finishing order has to tell you
//! which url finished: let each download carry its url.
//! Check your work with `cargo test -p downloads`; read the chapter with `mdbook serve book`.

use futures::future::join_all;
use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let downloads = urls.iter().map(|url| fetch_url(url));
    // TODO: `join_all` hands back the results only once every download has ended. Take each
    // result as its download ends instead, and write its line right then.
    let results = join_all(downloads).await;
    let mut succeeded = 0;
    let mut failed = 0;
    for (url, result) in urls.iter().zip(&results) {
        log_progress(url, result).await;
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
    }
    (succeeded, failed)
}
