//! # Exercise 01: sequential vs parallel (another answer: `tokio::spawn`)
//!
//! Spawning hands each task to the runtime, which starts it at once, even before its handle is
//! awaited. Awaiting the handles one after another is then fine: both tasks are already running,
//! so the second await costs nothing extra. This is the closest Rust gets to JavaScript's eager
//! promises.

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` at the same time and returns their results, task one's first.
///
/// # Panics
/// When a spawned task panics: the handle's error carries that panic.
pub async fn run_both() -> (String, String) {
    let first = tokio::spawn(task_one());
    let second = tokio::spawn(task_two());
    let first = first.await.expect("task one panicked");
    let second = second.await.expect("task two panicked");
    (first, second)
}
