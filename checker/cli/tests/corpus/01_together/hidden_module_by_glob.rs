//! Expect: not allowed
//! Reaches the stand-ins' hidden module through a glob import.

#[allow(unused_imports)]
use stand_ins::*;

pub async fn run_both() -> (String, String) {
    let _ = __harness::call("task_one").await;
    tokio::join!(task_one(), task_two())
}
