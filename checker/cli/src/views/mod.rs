//! What the checker shows: each view turns verdicts into text (or JSON) and prints nothing
//! itself. The teaching message of a check comes from one renderer, `timeline::report::explain`.
//!
//! - [`style`]: colours, and how a checker command is spelled.
//! - [`fit`]: the terminal's size, and text, timelines and tables cut to fit it.
//! - [`lesson`]: a lesson whose shipped file does not compile, shown as the intended state.
//! - [`progress`]: the progress table, the focus on one exercise, and `run`'s header.
//! - [`steps`]: the step-by-step table of a run.
//! - [`json`]: the machine-readable document, `--format json`.
//! - [`svg`]: the timeline as a picture, for the book, `run --svg` and the feedback files.

pub mod fit;
pub mod json;
pub mod lesson;
pub mod progress;
pub mod steps;
pub mod style;
pub mod svg;

/// How the results are printed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// For people: tables, timelines and hints.
    Human,
    /// For programs: the versioned document of checker/JSON.md.
    Json,
}
