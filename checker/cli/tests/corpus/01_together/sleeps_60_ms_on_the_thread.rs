//! Expect: blocked the thread
//! Blocks the runtime's thread for 60 ms, just above what the watchdog allows.

use stand_ins::{task_one, task_two};

use std::time::Duration;

pub async fn run_both() -> (String, String) {
    let pair = tokio::join!(task_one(), task_two());
    std::thread::sleep(Duration::from_millis(60));
    pair
}
