//! # Exercise 13, a known wrong answer: the first to finish wins, failure or not
//!
//! The mistake: `select_all`, which is `Promise.race`, not `Promise.any`. It returns the first
//! download to END, and a mirror that fails fast ends first: its error comes back, and the
//! mirror about to serve the archive is cancelled with the rest. `select_ok` waits for the first
//! `Ok` and passes over the errors before it.
//!
//! Fails with: cancellation, timing, value

use futures::future::select_all;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let downloads = mirrors
        .iter()
        .map(|mirror| Box::pin(download_from(mirror)));
    let (first, _place, _others) = select_all(downloads).await;
    first.map_err(|error| vec![error])
}
