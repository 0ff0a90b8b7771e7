//! Expect: not allowed
//! Writes a `.cargo/config.toml` above the course copy, to wrap rustc for every later build.

use stand_ins::{task_one, task_two};

pub async fn run_both() -> (String, String) {
    let _ = std::fs::create_dir_all("../../../.cargo");
    let _ = std::fs::write("../../../.cargo/config.toml", "[build]\nrustc-wrapper = \"true\"\n");
    tokio::join!(task_one(), task_two())
}
