//! The grading engine: finds the course, builds and runs the exercises' tests under limits, and
//! turns what they report into verdicts. It knows nothing of the commands above it.
//!
//! - [`course`]: the course and its exercises, by convention from their folders' names.
//! - [`copy`]: the grading copy, the only place where copies of the course are made.
//! - [`integrity`]: what a learner's file may name, read before it is compiled.
//! - [`batch`]: a class's answers built together, in a few crates.
//! - [`compile`]: one `cargo build` for the test binaries of many exercises.
//! - [`sandbox`]: a child process under a time limit with capped output, stopped with all it
//!   started.
//! - [`grading`]: runs the test binaries and gathers their reports.
//! - [`verdict`]: the pure decision from build, processes and reports to a [`verdict::Status`].
//! - [`shipped`]: the learner files as shipped, whatever the working tree holds.

pub mod batch;
pub mod compile;
pub mod copy;
pub mod course;
pub mod grading;
pub mod integrity;
pub mod sandbox;
pub mod shipped;
pub mod verdict;
