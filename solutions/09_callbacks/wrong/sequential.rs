//! # Exercise 09: from a callback to a future (a known wrong answer: the reads one after
//! another)
//!
//! The wrapper is right, but `read_both` awaits the first read before it starts the second, as
//! two `await`s in a row do in JavaScript: the second file is asked for only once the first has
//! arrived, so the reads' times add up.
//!
//! Fails with: timing, ordering

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
        let _ = sender.send(result);
    }));
    receiver
        .await
        .unwrap_or_else(|_| Err("the callback was never called".to_owned()))
}

/// Reads the files `first` and `second` through [`read_file`], and returns both outcomes in
/// that order.
pub async fn read_both(
    first: &str,
    second: &str,
) -> (Result<String, String>, Result<String, String>) {
    let first = from_callback(|callback| read_file(first, callback)).await;
    let second = from_callback(|callback| read_file(second, callback)).await;
    (first, second)
}
