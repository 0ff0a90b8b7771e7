//! Expect: not allowed
//! Pulls code from another file with `#[path]`.

use stand_ins::{task_one, task_two};

#[path = "../tests/together.rs"]
mod tests_copy;

pub async fn run_both() -> (String, String) {
    tokio::join!(task_one(), task_two())
}
