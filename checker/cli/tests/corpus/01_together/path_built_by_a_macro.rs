//! Expect: not allowed
//! Builds the path to `exit` inside a macro of its own, where a plain reading would not see it.

use stand_ins::{task_one, task_two};

macro_rules! leave {
    ($module:ident) => {
        std::$module::exit(0)
    };
}

pub async fn run_both() -> (String, String) {
    leave!(process)
}
