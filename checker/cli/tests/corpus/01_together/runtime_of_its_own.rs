//! Expect: not allowed
//! Runs the tasks on a runtime of its own, on another thread.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    std::thread::spawn(|| {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .expect("a runtime");
        runtime.block_on(async { tokio::join!(task_one(), task_two()) })
    })
    .join()
    .expect("the thread ends")
}
