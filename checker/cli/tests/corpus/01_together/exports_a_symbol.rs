//! Expect: not allowed
//! Exports a symbol under a fixed name, to replace one of the runtime's.

use stand_ins::{task_one, task_two};

#[unsafe(no_mangle)]
pub extern "C" fn asynclings_hook() {}

pub async fn run_both() -> (String, String) {
    tokio::join!(task_one(), task_two())
}
