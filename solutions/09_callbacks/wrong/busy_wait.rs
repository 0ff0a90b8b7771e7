//! # Exercise 09: from a callback to a future (a known wrong answer: waiting in a loop)
//!
//! The wrapper checks the shared slot again and again until the callback has filled it. The
//! loop never gives the thread back, so the read's own task, which runs on that same thread,
//! never gets to run: the callback can never be called, the clock never moves, and the program
//! hangs with a core at full speed. Awaiting a channel's receiver gives the thread back while
//! it waits.
//!
//! Fails with: blocked_thread

use std::sync::{Arc, Mutex, PoisonError};

use stand_ins::read_file;

/// What a callback API calls once it is done: Node's `(err, data) => ...`, with one `Result` in
/// place of the two arguments.
pub type Callback = Box<dyn FnOnce(Result<String, String>) + Send>;

/// The slot that the callback fills and the wrapper checks.
type Slot = Arc<Mutex<Option<Result<String, String>>>>;

/// Starts a callback-style operation by calling `start` with a callback, then returns what the
/// operation passed to that callback.
pub async fn from_callback(start: impl FnOnce(Callback)) -> Result<String, String> {
    let slot: Slot = Arc::new(Mutex::new(None));
    let for_callback = Arc::clone(&slot);
    start(Box::new(move |result| {
        *for_callback.lock().unwrap_or_else(PoisonError::into_inner) = Some(result);
    }));
    loop {
        if let Some(result) = slot.lock().unwrap_or_else(PoisonError::into_inner).take() {
            return result;
        }
        std::hint::spin_loop();
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
