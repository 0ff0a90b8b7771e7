//! Expect: solved
//! Uses variables called `env`, `fs` and `process`, and names `std::process::exit` only in a comment and a string: nothing here is refused.

use stand_ins::{task_one, task_two};

/// Unlike `std::process::exit`, this returns.
pub async fn run_both() -> (String, String) {
    let (env, fs) = tokio::join!(task_one(), task_two());
    let process = "std::process::exit";
    debug_assert!(!process.is_empty());
    (env, fs)
}
