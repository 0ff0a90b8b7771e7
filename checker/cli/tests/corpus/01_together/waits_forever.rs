//! Expect: never finishes
//! Waits on a future that never completes.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    std::future::pending::<()>().await;
    tokio::join!(task_one(), task_two())
}
