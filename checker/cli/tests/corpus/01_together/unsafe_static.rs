//! Expect: not allowed
//! Keeps state in a `static mut`, which needs `unsafe`.

use stand_ins::{task_one, task_two};

static mut RUNS: u32 = 0;

pub async fn run_both() -> (String, String) {
    unsafe {
        RUNS += 1;
    }
    tokio::join!(task_one(), task_two())
}
