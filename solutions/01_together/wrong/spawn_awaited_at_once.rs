//! # Exercise 01: sequential vs parallel (a known wrong answer: each spawn awaited at once)
//!
//! `tokio::spawn` does start its task at once, but awaiting the handle on the same line waits for
//! that task to end before the next line spawns the second one. The spawns add nothing: the tasks
//! still run one after the other, 1500 ms instead of 1000.
//!
//! Fails with: timing, ordering

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
///
/// # Panics
/// When a spawned task panics: the handle's error carries that panic.
pub async fn run_both() -> (String, String) {
    let first = tokio::spawn(task_one()).await.expect("task one panicked");
    let second = tokio::spawn(task_two()).await.expect("task two panicked");
    (first, second)
}
