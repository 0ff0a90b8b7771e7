//! # Exercise 01: sequential vs parallel (solution)
//!
//! `tokio::join!` polls both futures inside the current task, so both tasks start at once and the
//! run takes as long as the slower one. It returns the results in the order the futures were
//! written, whichever finishes first: the counterpart of `Promise.all`.

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` at the same time and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    tokio::join!(task_one(), task_two())
}
