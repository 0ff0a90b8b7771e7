//! # Exercise 01: sequential vs parallel
//!
//! `run_both` calls two slow tasks and returns what each reports. In the course's program
//! `task_one` takes 1000 ms and `task_two` 500 ms; the tests also draw other times, and either
//! task may be the slower. The tasks do not need each other's results, yet the code below waits
//! for the first to finish before it starts the second, so the whole run takes as long as both
//! tasks added together: 1500 ms in the course's program.
//!
//! Goal: run both tasks at the same time, so that the run takes only as long as the slower one
//! (1000 ms there), and still return the results in call order: task one's first, then task
//! two's.
//!
//! The JavaScript this exercise comes from, with `task1` taking 1000 ms and `task2` 500 ms:
//!
//! ```js
//! // one after another: 1500 ms
//! const first = await task1();
//! const second = await task2();
//!
//! // at the same time: 1000 ms, and the results still come back in call order
//! const [first, second] = await Promise.all([task1(), task2()]);
//! ```
//!
//! Worth a look: `tokio::join!` and `futures::future::join`.
//! Check your work with `cargo test -p together`; read the chapter with `mdbook serve book`.

use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    // TODO: the second task waits here for the first one to finish, though it does not need
    // its result. Start both at once and wait for the pair.
    let first = task_one().await;
    let second = task_two().await;
    (first, second)
}
