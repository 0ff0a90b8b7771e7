//! Expect: not allowed
//! Overwrites exercise 02's tests in the shared course copy, so that later students pass it.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let _ = std::fs::write("../02_dashboard/tests/dashboard.rs", "#[test]\nfn passes() {}\n");
    tokio::join!(task_one(), task_two())
}
