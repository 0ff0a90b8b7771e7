//! Expect: solved
//! Spawns one task per url that downloads and then writes its own line, and counts the successes from the handles.

use stand_ins::{fetch_url, log_progress};

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let tasks: Vec<_> = urls
        .iter()
        .map(|url| {
            let url = url.clone();
            tokio::spawn(async move {
                let result = fetch_url(&url).await;
                log_progress(&url, &result).await;
                result.is_ok()
            })
        })
        .collect();
    let mut succeeded = 0;
    for task in tasks {
        if task.await.expect("a download panicked") {
            succeeded += 1;
        }
    }
    (succeeded, urls.len() - succeeded)
}
