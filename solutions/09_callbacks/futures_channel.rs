//! # Exercise 09: from a callback to a future (another answer: the `futures` crate's channel)
//!
//! `futures::channel::oneshot` is the runtime-independent twin of tokio's: awaiting its
//! receiver gives `Err(Canceled)` once the sender is dropped unused. `futures::future::join`
//! runs the two reads together, as `tokio::join!` does, and returns a pair.

use futures::channel::oneshot;
use futures::future::join;
use stand_ins::read_file;

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
    match receiver.await {
        Ok(result) => result,
        Err(oneshot::Canceled) => Err("the callback API never called back".to_owned()),
    }
}

/// Reads the files `first` and `second` through [`read_file`], at the same time, and returns
/// both outcomes in that order.
pub async fn read_both(
    first: &str,
    second: &str,
) -> (Result<String, String>, Result<String, String>) {
    join(
        from_callback(|callback| read_file(first, callback)),
        from_callback(|callback| read_file(second, callback)),
    )
    .await
}
