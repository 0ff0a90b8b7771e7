//! Expect: solved
//! Streams the url-tagged downloads through `buffer_unordered` with room for all of them and writes each line in a `while let` loop as results arrive.

use futures::stream::{self, StreamExt as _};
use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let mut downloads = stream::iter(urls)
        .map(|url| async move { (url, fetch_url(url).await) })
        .buffer_unordered(urls.len().max(1));
    let mut succeeded = 0;
    let mut failed = 0;
    while let Some((url, result)) = downloads.next().await {
        log_progress(url, &result).await;
        if result.is_ok() {
            succeeded += 1;
        } else {
            failed += 1;
        }
    }
    (succeeded, failed)
}
