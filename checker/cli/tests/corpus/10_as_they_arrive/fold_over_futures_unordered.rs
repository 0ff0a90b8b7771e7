//! Expect: solved
//! Folds the url-tagged downloads of a `FuturesUnordered` in finishing order, writing each line and counting it inside the fold.

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    urls.iter()
        .map(|url| async move { (url, fetch_url(url).await) })
        .collect::<FuturesUnordered<_>>()
        .fold((0, 0), |(succeeded, failed), (url, result)| async move {
            log_progress(url, &result).await;
            if result.is_ok() {
                (succeeded + 1, failed)
            } else {
                (succeeded, failed + 1)
            }
        })
        .await
}
