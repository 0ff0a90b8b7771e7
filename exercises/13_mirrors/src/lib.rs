//! # Exercise 13: first success
//!
//! The release archive can be downloaded from three mirrors, and any copy will do. The code
//! below asks them one after another: it starts the second mirror only once the first has
//! failed, and never asks the third when the second answers. A slow or broken first mirror holds
//! up the whole download, though the others were there all along.
//!
//! Goal: hedge. Ask every mirror at once, at 0 ms, and return the first archive that arrives: the
//! first SUCCESS, so a mirror that fails fast does not win. The moment it arrives, cancel the
//! downloads still under way, as nobody will read them. When every mirror fails, return every
//! error, in the order of the mirrors, the moment the last one fails.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // one mirror after another: each waits for the one before it to fail
//! async function download(mirrors) {
//!   const errors = [];
//!   for (const mirror of mirrors) {
//!     try {
//!       return await downloadFrom(mirror);
//!     } catch (error) {
//!       errors.push(error);
//!     }
//!   }
//!   throw new AggregateError(errors, "every mirror failed");
//! }
//!
//! // Promise.any: all at once; the first to fulfil wins, rejections only count if all reject,
//! // and then AggregateError's `errors` holds every one, in the order of the mirrors
//! async function download(mirrors) {
//!   return Promise.any(mirrors.map((mirror) => downloadFrom(mirror)));
//!   // the losing downloads run on: a promise cannot be cancelled
//! }
//! ```
//!
//! Worth a look: `futures::future::select_ok`, `futures::stream::FuturesUnordered`.
//! Check your work with `cargo test -p mirrors`; read the chapter with `mdbook serve book`.

use stand_ins::download_from;

/// The first archive any of `mirrors` serves, the moment it arrives; or, when every mirror
/// fails, their errors in the order of `mirrors`, the moment the last one fails.
pub async fn download(mirrors: &[&str]) -> Result<String, Vec<String>> {
    let mut errors = Vec::new();
    // TODO: this asks one mirror at a time, each only once the one before it has failed. Ask
    // them all at once instead, return the first archive to arrive and cancel the rest; keep
    // every error, in the order of the mirrors, for when none succeeds.
    for mirror in mirrors {
        match download_from(mirror).await {
            Ok(archive) => return Ok(archive),
            Err(error) => errors.push(error),
        }
    }
    Err(errors)
}
