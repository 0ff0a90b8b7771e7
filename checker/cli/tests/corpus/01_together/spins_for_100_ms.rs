//! Expect: blocked the thread
//! Spins on the real clock for 100 ms between the two tasks' starts.

use stand_ins::{task_one, task_two};

use std::time::{Duration, Instant};

pub async fn run_both() -> (String, String) {
    let start = Instant::now();
    while start.elapsed() < Duration::from_millis(100) {
        std::hint::spin_loop();
    }
    tokio::join!(task_one(), task_two())
}
