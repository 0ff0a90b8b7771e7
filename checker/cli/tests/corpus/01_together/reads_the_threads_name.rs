//! Expect: not yet
//! Looks for the check's name in the runtime thread's name and only runs the tasks together in the timing check; the thread's name gives nothing away.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let name = std::thread::current().name().unwrap_or_default().to_owned();
    if name.contains("slower_task") {
        tokio::join!(task_one(), task_two())
    } else {
        let one = task_one().await;
        (one, task_two().await)
    }
}
