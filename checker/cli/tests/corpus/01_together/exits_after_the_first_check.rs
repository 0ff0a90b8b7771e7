//! Expect: not allowed
//! Passes one check honestly, then ends the process with success before the others can fail.

use stand_ins::{task_one, task_two};

use std::sync::atomic::{AtomicUsize, Ordering};

static CALLS: AtomicUsize = AtomicUsize::new(0);

pub async fn run_both() -> (String, String) {
    if CALLS.fetch_add(1, Ordering::SeqCst) > 0 {
        std::process::exit(0);
    }
    tokio::join!(task_one(), task_two())
}
