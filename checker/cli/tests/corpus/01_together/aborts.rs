//! Expect: not allowed
//! Aborts the process, hoping an abort is read as something other than a failure.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let pair = tokio::join!(task_one(), task_two());
    std::process::abort();
    #[allow(unreachable_code)]
    pair
}
