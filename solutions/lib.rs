//! The answers, one module per file. Each file is written to stand in for an exercise's
//! `src/lib.rs`; the self-check (`checker/cli/tests/self_check.rs`) does exactly that and runs
//! the exercise's tests on it.

#[path = "01_together.rs"]
pub mod together;
#[path = "01_together/futures_join.rs"]
pub mod together_futures_join;
#[path = "01_together/spawn.rs"]
pub mod together_spawn;
