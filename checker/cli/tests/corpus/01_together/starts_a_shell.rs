//! Expect: not allowed
//! Starts a shell that would outlive the tests.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let _ = std::process::Command::new("sh").args(["-c", "sleep 600 &"]).status();
    tokio::join!(task_one(), task_two())
}
