//! # Exercise 01: sequential vs parallel (a known wrong answer: spawned, then called again)
//!
//! Task two is spawned "to get it going", as `const p = task2()` would in JavaScript, but its
//! handle is dropped, and its result is then asked for with a second call, `task_two().await`,
//! after task one. Task two runs twice: the first run's result is thrown away, and the second
//! starts only once task one has finished, so the run takes 1500 ms.
//!
//! Fails with: calls, timing

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    tokio::spawn(task_two());
    let first = task_one().await;
    let second = task_two().await;
    (first, second)
}
