//! The asynclings checker: it grades exercises by their timing and ordering.
//!
//! Three rooms, each depending only on those below it:
//! - [`app`] and [`cli`]: the command line, and the switchboard that sends each command to its
//!   module and turns the result into an exit status.
//! - [`commands`]: what each command does: the learner's (progress, run, hint, reset, watch,
//!   live), the instructor's (class grading), the book's diagrams, and the contributor's `dev`.
//! - [`views`]: what the commands show: the progress table, the step-by-step table, the JSON.
//! - [`engine`]: the course, grading copies, builds, processes under limits, and verdicts.
//!
//! [`error`] is the one error type every room returns.

pub mod app;
pub mod cli;
pub mod commands;
pub mod engine;
pub mod error;
pub mod views;
