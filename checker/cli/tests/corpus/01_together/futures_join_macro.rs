//! Expect: solved
//! Polls both tasks together with the `futures::join!` macro, which returns their results in the order written.

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    futures::join!(task_one(), task_two())
}
