//! Expect: not allowed
//! Blocks on the current runtime's handle.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let handle = tokio::runtime::Handle::current();
    std::thread::spawn(move || handle.block_on(async { tokio::join!(task_one(), task_two()) }))
        .join()
        .expect("the thread ends")
}
