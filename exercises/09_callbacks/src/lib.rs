//! # Exercise 09: from a callback to a future
//!
//! `stand_ins::read_file(path, callback)` is a callback API, in the shape of Node's
//! `fs.readFile`: it returns at once, reads the file in a task of its own, and later calls
//! `callback` with the file's text or the error. Code that wants to `.await` the file needs that
//! callback turned into a future.
//!
//! The code below gets it wrong in two places. `from_callback` lets the callback store its result
//! in a shared slot, then returns what the slot holds straight away: the callback has not run
//! yet, so every read comes back as an error at 0 ms, while the reads go on in the background.
//! And `read_both` waits for the first file before it asks for the second.
//!
//! Goal:
//! - `from_callback` waits for the callback, without blocking the thread, and returns exactly
//!   what the callback was given: the text, or the error as an `Err` (never a panic);
//! - when the callback API drops the callback without ever calling it (a bug in the API, which
//!   you cannot fix), `from_callback` returns an `Err` that says so, at that moment, instead of
//!   waiting forever;
//! - `read_both` reads its two files at the same time: with reads of 1000 and 500 ms, it returns
//!   after 1000 ms, not 1500 ms.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! const fs = require("fs");
//!
//! // The callback API: the error first, then the data.
//! fs.readFile("config.toml", "utf8", (err, text) => { /* ... */ });
//!
//! // Wrapped into a promise: resolve or reject from inside the callback.
//! function readFileAsync(path) {
//!   return new Promise((resolve, reject) => {
//!     fs.readFile(path, "utf8", (err, text) => (err ? reject(err) : resolve(text)));
//!   });
//! }
//!
//! // Two wrapped reads at the same time.
//! const [config, template] = await Promise.allSettled([
//!   readFileAsync("config.toml"),
//!   readFileAsync("template.html"),
//! ]);
//! ```
//!
//! A JavaScript promise that nobody resolves stays pending forever, silently. A Rust channel
//! does better: it knows when its sending half is dropped.
//!
//! Worth a look: `tokio::sync::oneshot` (`channel()`, `Sender::send`, and awaiting the
//! `Receiver`, which fails when the `Sender` was dropped unused), and `tokio::join!`.
//! Check your work with `cargo test -p callbacks`; read the chapter with `mdbook serve book`.

use std::sync::{Arc, Mutex};

use stand_ins::read_file;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments. It is boxed so that `from_callback` can hand any API the same
/// type; `Send + 'static` because the API calls it later, from a task of its own.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback. It is Node's `util.promisify`, for one call.
///
/// # Panics
/// When the slot's lock is poisoned, which cannot happen here: nothing panics while holding it.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    // The callback runs later, in another task, so it cannot hand its result back by returning
    // it: it leaves it in a slot that both sides share.
    let slot: Arc<Mutex<Option<Result<String, String>>>> = Arc::new(Mutex::new(None));
    let for_callback = Arc::clone(&slot);
    start(Box::new(move |result| {
        *for_callback.lock().unwrap() = Some(result);
    }));
    // TODO: nothing here waits for the callback, so the slot is still empty. Replace the slot
    // with a channel whose receiving end you can `.await`, and turn "the callback was dropped
    // without being called" into an `Err` too.
    let result = slot.lock().unwrap().take();
    result.unwrap_or_else(|| Err("the callback has not been called yet".to_owned()))
}

/// Reads the files `first` and `second` through [`read_file`], at the same time, and returns
/// both outcomes in that order.
pub async fn read_both(
    first: &str,
    second: &str,
) -> (Result<String, String>, Result<String, String>) {
    // TODO: the second read starts only once the first has ended. Start both at once.
    let first = from_callback(|callback| read_file(first, callback)).await;
    let second = from_callback(|callback| read_file(second, callback)).await;
    (first, second)
}
