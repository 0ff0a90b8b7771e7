//! The answers, one module per file, found by `build.rs`: `NN_name.rs` is an exercise's
//! solution, `NN_name/*.rs` its other correct answers and `NN_name/wrong/*.rs` known wrong ones. Each file is written to stand in for
//! an exercise's `src/lib.rs`; the self-check (`checker/cli/tests/self_check.rs`) does exactly
//! that and runs the exercise's tests on it.

include!(concat!(env!("OUT_DIR"), "/answers.rs"));
