//! # Exercise 09: from a callback to a future (solution)
//!
//! A `tokio::sync::oneshot` channel carries the one result from the callback to the future. The
//! callback owns the sending half and sends what it is given; the wrapper awaits the receiving
//! half, which is ready the moment the callback runs, and never blocks the thread meanwhile.
//! If the API drops the callback without calling it, the sending half is dropped with it, and
//! the receiver says so with an error instead of waiting forever: that becomes the `Err`.
//!
//! `tokio::join!` then runs two wrapped reads at once, as `Promise.all` runs two promises.

use stand_ins::read_file;
use tokio::sync::oneshot;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback, or an error if it dropped the callback unused.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let (sender, receiver) = oneshot::channel();
    start(Box::new(move |result| {
        // The receiver is gone only if the caller stopped waiting: nobody is left to tell.
        let _ = sender.send(result);
    }));
    receiver
        .await
        .unwrap_or_else(|_dropped| Err("the callback was dropped without being called".to_owned()))
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
