//! # Exercise 13, a known wrong answer: spawned downloads whose losers run on
//!
//! The mistake: spawning each download and returning at the first archive, trusting the losers
//! to stop. The archive comes back on time, but what is dropped on return is a set of
//! `JoinHandle`s, and dropping a handle only detaches its task: the slower downloads run to
//! their end in the background, for archives nobody will read. Abort them (a `JoinSet` does it
//! when dropped), or do not spawn at all.
//!
//! Fails with: cancellation

use futures::StreamExt as _;
use futures::stream::FuturesUnordered;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
///
/// # Panics
/// When a download panics: its task's error carries that panic.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut downloads: FuturesUnordered<_> = mirrors
        .iter()
        .enumerate()
        .map(|(place, mirror)| {
            let mirror = (*mirror).to_owned();
            tokio::spawn(async move { (place, download_from(&mirror).await) })
        })
        .collect();
    let mut errors = vec![String::new(); mirrors.len()];
    while let Some(joined) = downloads.next().await {
        let (place, result) = joined.expect("a download panicked");
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors[place] = error,
        }
    }
    Err(errors)
}
