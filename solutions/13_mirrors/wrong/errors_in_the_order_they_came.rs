//! # Exercise 13, a known wrong answer: the errors in the order they came
//!
//! The mistake: pushing each error as it arrives. The race is right, but when every mirror fails
//! the errors come back in the order the mirrors failed, which is not the order of the mirrors:
//! nobody can tell which error belongs to which mirror. `AggregateError` keeps them in the
//! order of the promises it was given; keep each in its mirror's place.
//!
//! Fails with: value

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut downloads: FuturesUnordered<_> = mirrors
        .iter()
        .map(|mirror| download_from(mirror))
        .collect();
    let mut errors = Vec::new();
    while let Some(result) = downloads.next().await {
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors.push(error),
        }
    }
    Err(errors)
}
