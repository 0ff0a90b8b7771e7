//! Expect: not allowed
//! Replaces the panic hook, so that a failing check would print nothing.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    std::panic::set_hook(Box::new(|_| {}));
    tokio::join!(task_one(), task_two())
}
