//! Expect: not allowed
//! Resumes tokio's clock, so that time runs for real.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    tokio::time::resume();
    tokio::join!(task_one(), task_two())
}
