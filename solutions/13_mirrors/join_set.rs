//! # Exercise 13: first success (another answer: spawned downloads in a `JoinSet`)
//!
//! Each download is a task of its own in a `JoinSet`, which hands back results as they end.
//! Spawned tasks may outlive this call, so each owns its mirror's name. The set is what keeps
//! the losers in check: dropping a `JoinSet` aborts every task still in it, so returning at the
//! first archive cancels the others at that instant. (A `Vec` of `JoinHandle`s would not: a
//! dropped handle lets its task run on.)

use tokio::task::JoinSet;

use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
///
/// # Panics
/// When a download panics: its task's error carries that panic.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut downloads = JoinSet::new();
    for (place, mirror) in mirrors.iter().enumerate() {
        let mirror = (*mirror).to_owned();
        downloads.spawn(async move { (place, download_from(&mirror).await) });
    }
    let mut errors = vec![String::new(); mirrors.len()];
    while let Some(joined) = downloads.join_next().await {
        let (place, result) = joined.expect("a download panicked");
        match result {
            Ok(archive) => return Ok(archive),
            Err(error) => errors[place] = error,
        }
    }
    Err(errors)
}
