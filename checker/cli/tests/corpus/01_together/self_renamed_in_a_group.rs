//! Expect: not allowed
//! Renames `std` inside a group, then reads the environment through the new name.

use stand_ins::{task_one, task_two};

use std::{self as standard};

pub async fn run_both() -> (String, String) {
    let seed = standard::env::var("ASYNCLINGS_SEED").unwrap_or_default();
    (seed.clone(), seed)
}
