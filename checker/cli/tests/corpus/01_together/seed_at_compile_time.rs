//! Expect: not allowed
//! Reads the seed when the file is compiled, with `option_env!`.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let seed = option_env!("ASYNCLINGS_SEED").unwrap_or("none");
    let (one, two) = tokio::join!(task_one(), task_two());
    (one, format!("{two}{}", &seed[..0]))
}
