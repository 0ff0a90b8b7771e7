//! Expect: crashed
//! Recurses without end, so the test process dies of a stack overflow.

use stand_ins::{task_one, task_two};

fn deeper(depth: u64) -> u64 {
    let frame = [depth; 512];
    deeper(frame[0] + 1) + frame[511]
}

pub async fn run_both() -> (String, String) {
    let depth = deeper(0);
    let (one, two) = tokio::join!(task_one(), task_two());
    (format!("{one}{depth}"), two)
}
