//! # Exercise 01: sequential vs parallel (a known wrong answer: spawned, then run again)
//!
//! Both tasks are spawned "to get them going", as calling them would in JavaScript, but the
//! handles are dropped, and `join!` then calls each task a second time to get its result. The
//! timing is right, since both copies run from 0 ms, but every task runs twice and the spawned
//! copies' results are thrown away.
//!
//! Fails with: calls

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    tokio::spawn(task_one());
    tokio::spawn(task_two());
    tokio::join!(task_one(), task_two())
}
