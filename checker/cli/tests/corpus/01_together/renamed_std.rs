//! Expect: not allowed
//! Hides `std::process::exit` behind a renamed `std`.

use stand_ins::{task_one, task_two};

use std as s;

pub async fn run_both() -> (String, String) {
    s::process::exit(0)
}
