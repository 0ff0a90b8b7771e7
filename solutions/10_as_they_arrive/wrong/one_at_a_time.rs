//! # Exercise 10: results as they arrive (a known wrong answer: one download at a time)
//!
//! Each line is written right after its download, so every line does follow its download at
//! once, but the loop awaits each download before it starts the next: the downloads run one
//! after another, and the log's lines come in list order, far apart.
//!
//! Fails with: ordering, timing

use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls`, one after another, writes one progress line per download, and
/// returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let mut succeeded = 0;
    let mut failed = 0;
    for url in urls {
        let result = fetch_url(url).await;
        log_progress(url, &result).await;
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
    }
    (succeeded, failed)
}
