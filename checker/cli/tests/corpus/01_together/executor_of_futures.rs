//! Expect: not allowed
//! Drives the futures with `futures::executor::block_on`.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    futures::executor::block_on(async { tokio::join!(task_one(), task_two()) })
}
