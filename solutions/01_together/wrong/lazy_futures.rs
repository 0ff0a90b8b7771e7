//! # Exercise 01: sequential vs parallel (a known wrong answer: futures built first)
//!
//! The JavaScript habit `const p1 = task1(); const p2 = task2(); await p1; await p2;` written in
//! Rust. A JavaScript promise starts when it is created; a Rust future only when it is first
//! polled. Both futures are built up front, but task two is polled only once task one has been
//! awaited to its end, so the tasks run one after the other: 1500 ms instead of 1000.
//!
//! Fails with: timing, ordering

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    let first = task_one();
    let second = task_two();
    (first.await, second.await)
}
