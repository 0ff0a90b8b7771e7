//! Expect: not allowed
//! Brings `process` into scope with a glob import of `std`, then calls it bare.

use stand_ins::{task_one, task_two};

#[allow(unused_imports)]
use std::*;

pub async fn run_both() -> (String, String) {
    process::exit(0)
}
