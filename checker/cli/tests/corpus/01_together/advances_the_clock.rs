//! Expect: not allowed
//! Moves tokio's clock by hand through a renamed module.

use stand_ins::{task_one, task_two};

use std::time::Duration;

use tokio::time as clock;

pub async fn run_both() -> (String, String) {
    let one = task_one().await;
    clock::advance(Duration::from_millis(0)).await;
    (one, task_two().await)
}
