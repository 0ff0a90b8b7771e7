//! Expect: blocked the thread
//! Blocks the runtime's thread for 150 ms with `std::thread::sleep`, then does the right thing.

use stand_ins::{task_one, task_two};

use std::time::Duration;

pub async fn run_both() -> (String, String) {
    std::thread::sleep(Duration::from_millis(150));
    tokio::join!(task_one(), task_two())
}
