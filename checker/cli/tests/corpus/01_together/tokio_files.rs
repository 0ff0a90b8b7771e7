//! Expect: not allowed
//! Writes a file through tokio's file API instead of std's.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let _ = tokio::fs::write("note.txt", "hello").await;
    tokio::join!(task_one(), task_two())
}
