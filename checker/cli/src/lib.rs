//! The asynclings checker: it grades exercises by their timing and ordering.
//!
//! A map of the modules, in the order a grading run uses them:
//! - [`course`]: finds the course and reads each exercise's `exercise.toml`.
//! - [`overlay`]: copies a pristine course and places answer files into it, so that the tests,
//!   the harness and the manifests always come from the course, never from an answer.
//! - [`compile`]: builds the exercises' test binaries with one `cargo build --tests`.
//! - [`sandbox`]: runs a child process with a time limit and capped output, and stops its whole
//!   process group.
//! - [`grade`]: runs each test binary and turns its JSON reports into a verdict.
//! - [`render`]: prints the progress table and the first unsolved exercise.

pub mod compile;
pub mod course;
pub mod grade;
pub mod overlay;
pub mod render;
pub mod sandbox;
