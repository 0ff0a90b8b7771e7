//! Expect: not allowed
//! Declares the C library's `_exit` and calls it, going around std.

use stand_ins::{task_one, task_two};

unsafe extern "C" {
    fn _exit(code: i32) -> !;
}

pub async fn run_both() -> (String, String) {
    unsafe { _exit(0) }
}
