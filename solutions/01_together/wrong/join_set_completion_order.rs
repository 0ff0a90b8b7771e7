//! # Exercise 01: sequential vs parallel (a known wrong answer: results in completion order)
//!
//! A `JoinSet` runs both tasks at once, so the timing is right, but its `join_all` gives back
//! the results in the order the tasks finished. When task two is the faster, its result comes
//! first and the pair is the wrong way round: `Promise.all` keeps call order, a `JoinSet` does
//! not.
//!
//! Fails with: value

use tokio::task::JoinSet;

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
///
/// # Panics
/// When a spawned task panics: `JoinSet::join_all` passes that panic on.
pub async fn run_both() -> (String, String) {
    let mut tasks = JoinSet::new();
    tasks.spawn(task_one());
    tasks.spawn(task_two());
    let [first, second] = <[String; 2]>::try_from(tasks.join_all().await).expect("two tasks");
    (first, second)
}
