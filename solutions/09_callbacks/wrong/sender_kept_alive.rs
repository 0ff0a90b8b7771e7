//! # Exercise 09: from a callback to a future (a known wrong answer: a sender kept alive)
//!
//! An `mpsc` channel's receiver returns `None` only once every sender is gone. Here the wrapper
//! hands the callback a clone of its sender and keeps the original, so when the API drops the
//! callback unused, one sender is still alive, in the very function that waits: the wait never
//! ends.
//!
//! Fails with: never_finished

use stand_ins::read_file;
use tokio::sync::mpsc;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback, or an error if it dropped the callback unused.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let (sender, mut receiver) = mpsc::channel(1);
    let for_callback = sender.clone();
    start(Box::new(move |result| {
        let _ = for_callback.try_send(result);
    }));
    let received = receiver.recv().await;
    // Too late: `sender` lived through the wait above.
    drop(sender);
    received.unwrap_or_else(|| Err("the callback was never called".to_owned()))
}

/// Reads the files `first` and `second` through [`read_file`], at the same time, and returns
/// both outcomes in that order.
pub async fn read_both(
    first: &str,
    second: &str,
) -> (Result<String, String>, Result<String, String>) {
    tokio::join!(
        from_callback(|callback| read_file(first, callback)),
        from_callback(|callback| read_file(second, callback)),
    )
}
