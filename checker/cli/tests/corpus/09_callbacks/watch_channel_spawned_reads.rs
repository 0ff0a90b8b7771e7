//! Expect: solved
//! Has the callback publish its result on a tokio `watch` channel, whose `changed` fails once the sender is dropped unsent, and spawns both reads, awaiting them with `tokio::try_join!`.

use stand_ins::read_file;
use tokio::sync::watch;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback, or an error if it dropped the callback unused.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let (sender, mut receiver) = watch::channel(None);
    start(Box::new(move |result| {
        let _ = sender.send(Some(result));
    }));
    if receiver.changed().await.is_err() {
        return Err("the callback was never called".to_owned());
    }
    receiver
        .borrow_and_update()
        .clone()
        .unwrap_or_else(|| Err("the callback sent nothing".to_owned()))
}

/// Reads `path` through [`read_file`], owning its path so that it can be spawned.
async fn read(path: String) -> Result<String, String> {
    from_callback(move |callback| read_file(&path, callback)).await
}

/// Reads the files `first` and `second` through [`read_file`], at the same time, and returns
/// both outcomes in that order.
pub async fn read_both(
    first: &str,
    second: &str,
) -> (Result<String, String>, Result<String, String>) {
    tokio::try_join!(
        tokio::spawn(read(first.to_owned())),
        tokio::spawn(read(second.to_owned())),
    )
    .expect("a read panicked")
}
