//! # Exercise 13, a known wrong answer: every download awaited, then the first archive taken
//!
//! The mistake: `join_all`, then the first `Ok` in the list. The downloads do start together,
//! but `join_all` waits for the slowest of them, so the archive that arrived first sits unread
//! until then, and nothing is cancelled. And "first" here means first in the list, not first to
//! arrive: a slow first mirror wins over a faster second one.
//!
//! Fails with: cancellation, timing, value

use futures::future::join_all;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let results = join_all(mirrors.iter().map(|mirror| download_from(mirror))).await;
    let mut errors = Vec::new();
    for result in results {
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors.push(error),
        }
    }
    Err(errors)
}
