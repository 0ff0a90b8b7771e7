//! Expect: not allowed
//! Builds the test's own scenario from the harness, to predict every value and duration.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let scenario = timeline::Scenario::new("takes_as_long_as_the_slower_task");
    let _ = scenario.seed();
    tokio::join!(task_one(), task_two())
}
