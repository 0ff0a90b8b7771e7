//! Expect: not allowed
//! Calls `tokio::time::pause`, which belongs to the harness.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    tokio::time::pause();
    tokio::join!(task_one(), task_two())
}
