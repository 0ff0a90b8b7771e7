//! # Exercise 09: from a callback to a future (a known wrong answer: `unwrap` on the receiver)
//!
//! The channel and the join are right, but the receiver's error is unwrapped, as if a callback
//! were always called. When the API drops the callback unused, the whole program panics instead
//! of getting an `Err` it could handle.
//!
//! Fails with: panicked

use stand_ins::read_file;
use tokio::sync::oneshot;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback.
///
/// # Panics
/// When the operation drops the callback without calling it.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let (sender, receiver) = oneshot::channel();
    start(Box::new(move |result| {
        let _ = sender.send(result);
    }));
    receiver.await.expect("the callback is always called")
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
