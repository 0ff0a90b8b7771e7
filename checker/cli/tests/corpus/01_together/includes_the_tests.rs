//! Expect: not allowed
//! Reads the exercise's own tests into the library, to learn the checks' names.

use stand_ins::{task_one, task_two};

const TESTS: &str = include_str!("../tests/together.rs");

pub async fn run_both() -> (String, String) {
    let (one, two) = tokio::join!(task_one(), task_two());
    (one, format!("{two}{}", &TESTS[..0]))
}
