//! Expect: not allowed
//! Puts `#[tokio::main]` on a helper, which builds a runtime of its own.

use stand_ins::{task_one, task_two};

#[tokio::main(flavor = "current_thread")]
async fn helper() -> (String, String) {
    tokio::join!(task_one(), task_two())
}

pub async fn run_both() -> (String, String) {
    helper()
}
