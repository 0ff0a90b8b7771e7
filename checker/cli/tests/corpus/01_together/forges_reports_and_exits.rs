//! Expect: not allowed
//! Writes a passing report for each check where the checker reads them, then exits with success.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    if let Some(dir) = std::env::var_os("ASYNCLINGS_REPORT") {
        let report = r#"{"schema":1,"check":"takes_as_long_as_the_slower_task","passed":true}"#;
        let _ = std::fs::write(std::path::Path::new(&dir).join("forged.json"), report);
        std::process::exit(0);
    }
    tokio::join!(task_one(), task_two())
}
