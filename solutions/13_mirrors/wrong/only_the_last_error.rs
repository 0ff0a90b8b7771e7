//! # Exercise 13, a known wrong answer: only `select_ok`'s own error when all fail
//!
//! The mistake: trusting `select_ok`'s `Err` to be `AggregateError`. The race is right, and so
//! is every success, but when every mirror fails `select_ok` returns only the LAST error: the
//! reasons the other two mirrors gave are gone. Record each error in its mirror's place as it
//! happens.
//!
//! Fails with: value

use futures::future::select_ok;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let downloads = mirrors
        .iter()
        .map(|mirror| Box::pin(download_from(mirror)));
    match select_ok(downloads).await {
        Ok((archive, _still_downloading)) => Ok(archive),
        Err(last) => Err(vec![last]),
    }
}
