//! # Exercise 13: first success (solution)
//!
//! `select_ok` is `Promise.any`: it polls every download at once and returns the first `Ok`,
//! passing over the errors that come before it, together with the downloads still under way.
//! Those make no progress unless someone polls them; dropping them, as this code does by not
//! keeping them, cancels them at the winner's instant. When every download fails, `select_ok`
//! returns only the last error, so each download writes its own error into its mirror's place
//! first: `AggregateError`'s `errors`, built by hand.

use std::cell::RefCell;

use futures::future::select_ok;
use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    // Shared by the downloads without a lock: they all run in this one task, one poll at a time.
    let errors = RefCell::new(vec![String::new(); mirrors.len()]);
    let downloads = mirrors.iter().enumerate().map(|(place, mirror)| {
        let errors = &errors;
        Box::pin(async move {
            download_from(mirror)
                .await
                .map_err(|error| errors.borrow_mut()[place] = error)
        })
    });
    // The downloads still under way are dropped here, in the closure, as the winner arrives.
    let first = select_ok(downloads)
        .await
        .map(|(archive, _still_downloading)| archive);
    first.map_err(|()| errors.into_inner())
}
