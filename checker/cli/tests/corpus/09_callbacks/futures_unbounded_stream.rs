//! Expect: solved
//! Uses a `futures` unbounded channel as the callback's sender and awaits the receiver as a stream, whose `None` means the callback was dropped; `tokio::join!` runs both reads.

use futures::StreamExt as _;
use futures::channel::mpsc;
use stand_ins::read_file;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback, or an error if it dropped the callback unused.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let (sender, mut receiver) = mpsc::unbounded();
    start(Box::new(move |result| {
        let _ = sender.unbounded_send(result);
    }));
    match receiver.next().await {
        Some(result) => result,
        None => Err("the callback was dropped without being called".to_owned()),
    }
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
