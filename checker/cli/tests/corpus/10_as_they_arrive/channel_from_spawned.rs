//! Expect: solved
//! Spawned downloads send their url and result on an mpsc channel as they end, and the receiving loop writes each line as it arrives.

use stand_ins::{fetch_url, log_progress};
use tokio::sync::mpsc;

/// Downloads every url in `urls` at the same time, writes one progress line per download the
/// moment it ends, and returns how many downloads succeeded and how many failed, in that order.
pub async fn download_all(urls: &[String]) -> (usize, usize) {
    let (sender, mut receiver) = mpsc::unbounded_channel();
    for url in urls {
        let url = url.clone();
        let sender = sender.clone();
        tokio::spawn(async move {
            let result = fetch_url(&url).await;
            let _ = sender.send((url, result));
        });
    }
    drop(sender);
    let mut succeeded = 0;
    let mut failed = 0;
    while let Some((url, result)) = receiver.recv().await {
        log_progress(&url, &result).await;
        match result {
            Ok(_) => succeeded += 1,
            Err(_) => failed += 1,
        }
    }
    (succeeded, failed)
}
