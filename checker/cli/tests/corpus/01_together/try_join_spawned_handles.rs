//! Expect: solved
//! Spawns both tasks and awaits the two `JoinHandle`s together with `tokio::try_join!`, which only fails if a task panicked.

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    tokio::try_join!(tokio::spawn(task_one()), tokio::spawn(task_two())).expect("a task panicked")
}
