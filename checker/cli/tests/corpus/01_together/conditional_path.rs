//! Expect: not allowed
//! Hides `#[path]` inside `#[cfg_attr]`.

use stand_ins::{task_one, task_two};

#[cfg_attr(all(), path = "../tests/together.rs")]
mod tests_copy;

pub async fn run_both() -> (String, String) {
    tokio::join!(task_one(), task_two())
}
