//! Expect: solved
//! Spawns task one so it starts at once, awaits task two inline, then awaits task one's handle.

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    let first = tokio::spawn(task_one());
    let second = task_two().await;
    let first = first.await.expect("task one panicked");
    (first, second)
}
