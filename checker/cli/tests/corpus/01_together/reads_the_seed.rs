//! Expect: not allowed
//! Reads the run's seed from the environment, to replay the scenario and predict the values.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let seed = std::env::var("ASYNCLINGS_SEED").unwrap_or_default();
    let (one, two) = tokio::join!(task_one(), task_two());
    (one, format!("{two}{}", &seed[..0]))
}
