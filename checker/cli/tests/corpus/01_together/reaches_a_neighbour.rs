//! Expect: not allowed
//! Names the module of another answer graded in the same class batch, to call its code or change its types.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let _ = super::__asynclings_v00001::run_both;
    tokio::join!(task_one(), task_two())
}
