//! # Exercise 13: first success (another answer: `FuturesUnordered`)
//!
//! The downloads go into a `FuturesUnordered`, which yields each one's result as it ends. The
//! loop keeps each error in its mirror's place and returns at the first archive; returning drops
//! the set, and with it the downloads still under way. Each download carries its place, because
//! the set hands results back in the order they end, not the order of the mirrors.

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut downloads: FuturesUnordered<_> = mirrors
        .iter()
        .enumerate()
        .map(|(place, mirror)| async move { (place, download_from(mirror).await) })
        .collect();
    let mut errors = vec![String::new(); mirrors.len()];
    while let Some((place, result)) = downloads.next().await {
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors[place] = error,
        }
    }
    Err(errors)
}
