//! # Exercise 09: from a callback to a future (another answer: an `mpsc` channel, and spawned
//! reads)
//!
//! Any channel works whose receiver learns that every sender is gone. Here the callback owns the
//! only sender of a `tokio::sync::mpsc` channel: `recv` returns `None` once it is dropped,
//! called or not, so a callback that is never called ends the wait too.
//!
//! The two reads are spawned, which starts both at once; awaiting their handles in order then
//! costs nothing extra. A spawned task must own what it uses, hence the owned paths.

use stand_ins::read_file;
use tokio::sync::mpsc;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback, or an error if it dropped the callback unused.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let (sender, mut receiver) = mpsc::channel(1);
    start(Box::new(move |result| {
        // One message in a channel of one: there is room, unless the caller stopped waiting.
        let _ = sender.try_send(result);
    }));
    receiver
        .recv()
        .await
        .unwrap_or_else(|| Err("the callback was never called".to_owned()))
}

/// Reads `path` through [`read_file`], as a task that owns its path.
async fn read(path: String) -> Result<String, String> {
    from_callback(move |callback| read_file(&path, callback)).await
}

/// Reads the files `first` and `second` through [`read_file`], at the same time, and returns
/// both outcomes in that order.
///
/// # Panics
/// When a spawned read panics: its handle's error carries that panic.
pub async fn read_both(
    first: &str,
    second: &str,
) -> (Result<String, String>, Result<String, String>) {
    let first = tokio::spawn(read(first.to_owned()));
    let second = tokio::spawn(read(second.to_owned()));
    (
        first.await.expect("the first read panicked"),
        second.await.expect("the second read panicked"),
    )
}
