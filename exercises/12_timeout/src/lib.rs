//! # Exercise 12: race and timeout
//!
//! A weather widget shows the forecast of a city. The weather service is usually quick, but now
//! and then it takes seconds, and the page cannot wait that long: after `deadline` it should show
//! the last forecast kept in the local cache instead. The code below does look at the deadline,
//! but only once the request has come back, so a slow service still holds the page for as long
//! as it likes, and the fallback comes too late to help.
//!
//! Goal: race the request against the deadline. When the fresh forecast arrives first, return it
//! at once and leave the cache alone. When the deadline comes first, cancel the request at that
//! very moment (nobody will read its answer) and read the cached forecast then, to serve it.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // waits for the weather service however long it takes, then looks at the clock
//! async function forecast(city, ms) {
//!   const started = Date.now();
//!   const fresh = await fetchForecast(city);
//!   return Date.now() - started <= ms ? fresh : readCachedForecast(city);
//! }
//!
//! // Promise.race: whichever settles first, the request or a timer, decides
//! async function forecast(city, ms) {
//!   const late = Symbol("late");
//!   const timer = new Promise((resolve) => setTimeout(resolve, ms, late));
//!   const fresh = await Promise.race([fetchForecast(city), timer]);
//!   return fresh === late ? readCachedForecast(city) : fresh;
//!   // the losing request runs on: a promise cannot be cancelled (that takes an AbortController)
//! }
//! ```
//!
//! Worth a look: `tokio::time::timeout`, `tokio::select!` with `tokio::time::sleep`.
//! Check your work with `cargo test -p deadline`; read the chapter with `mdbook serve book`.

use std::time::Duration;

use stand_ins::{fetch_forecast, read_cached_forecast};
use tokio::time::Instant;

/// The forecast of `city`: the fresh one when the weather service answers within `deadline`,
/// else the cached one, served the moment `deadline` passes.
pub async fn forecast(city: &str, deadline: Duration) -> String {
    let started = Instant::now();
    // TODO: this waits for the weather service however long it takes, and looks at the clock
    // only afterwards. Race the request against the deadline instead, so that the cached
    // forecast is served the moment the deadline passes and the late request is dropped.
    let fresh = fetch_forecast(city).await;
    if started.elapsed() <= deadline {
        fresh
    } else {
        read_cached_forecast(city).await
    }
}
