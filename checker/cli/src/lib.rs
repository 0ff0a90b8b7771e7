//! The asynclings checker: it grades exercises by their timing and ordering.
//!
//! A map of the modules, in the order a grading run uses them:
//! - [`cli`] and [`app`]: the command line, and what each command does.
//! - [`course`]: finds the course and reads each exercise's `exercise.toml`.
//! - [`overlay`]: copies a pristine course and places answer files into it, so that the tests,
//!   the harness and the manifests always come from the course, never from an answer.
//! - [`compile`]: builds the exercises' test binaries with one `cargo build --tests`.
//! - [`sandbox`]: runs a child process with a time limit and capped output, and stops its whole
//!   process group.
//! - [`grade`]: runs each test binary and turns its JSON reports into a verdict.
//! - [`reference`]: grades the reference solution on the learner's scenario, for comparison.
//! - [`render`], [`steps`] and [`json`]: the progress table, the focus on one exercise, the
//!   step-by-step table, and the machine-readable document.
//! - [`hint`], [`reset`] and [`state`]: staged hints, resetting a file, and what is remembered.
//! - [`watch`] and [`live`]: regrading on every save, and the real-clock view.
//! - [`diagrams`]: the book's timelines, drawn from real runs.
//! - [`class`], [`submission`], [`points`] and [`gradebook`]: grading a class of submissions
//!   safely, and the files the instructor gets.

pub mod app;
pub mod class;
pub mod cli;
pub mod compile;
pub mod course;
pub mod diagrams;
pub mod grade;
pub mod gradebook;
pub mod hint;
pub mod json;
pub mod live;
pub mod overlay;
pub mod points;
pub mod reference;
pub mod render;
pub mod reset;
pub mod sandbox;
pub mod state;
pub mod steps;
pub mod submission;
pub mod watch;
