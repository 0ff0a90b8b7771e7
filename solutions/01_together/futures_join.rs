//! # Exercise 01: sequential vs parallel (another answer: `futures::future::join`)
//!
//! `join` is the function behind the `join!` macro's idea: one future that polls two others and
//! is ready with both outputs, in argument order.

use futures::future::join;
use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` at the same time and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    join(task_one(), task_two()).await
}
