//! What each command does. Every command's body lives in its own module and returns the
//! checker's one [`Error`] type; they share the [`Context`] the switchboard builds.
//!
//! - [`learner`]: the learner's loop: progress, `run`, `hint`, `reset`, `watch`, `live`.
//! - [`class`]: `grade`, the instructor's class grading, and the files it writes.
//! - [`diagrams`]: the book's timelines, drawn from real runs.
//! - [`dev`]: the contributor's `dev new` and `dev check`.

pub mod class;
pub mod dev;
pub mod diagrams;
pub mod learner;

use std::path::Path;
use std::process::ExitCode;

use anstream::{eprintln, println};

use crate::engine::course::{Course, Exercise};
use crate::engine::grading;
use crate::engine::verdict::{Graded, Status};
use crate::error::{Error, Result};
use crate::views::Format;
use crate::views::style::DIM;

/// The course and the settings every command shares.
pub struct Context {
    pub course: Course,
    /// `--seed`: the seed of every scenario, or `None` for a new one each time.
    pub seed: Option<u64>,
    /// The seed of a one-shot command's scenarios: `--seed`'s, or one drawn for this run, so
    /// that one number (in the JSON, in the focus) replays the whole run.
    pub run_seed: u64,
    pub format: Format,
}

impl Context {
    /// Grades `exercises` of the learner's course in place, with progress on stderr.
    ///
    /// # Errors
    /// When the exercises could not be built at all.
    pub fn grade(&self, exercises: &[&Exercise], seed: Option<u64>) -> Result<Vec<Graded>> {
        let plural = if exercises.len() == 1 { "" } else { "s" };
        let cold = if is_cold(&self.course.target_dir()) {
            " (the first build compiles tokio: a minute or two)"
        } else {
            ""
        };
        eprintln!(
            "{DIM}Grading {} exercise{plural}{cold}...{DIM:#}",
            exercises.len()
        );
        grading::grade_in_place(&self.course, exercises, seed)
    }

    /// Grades every exercise on the scenarios of [`Self::run_seed`].
    ///
    /// # Errors
    /// When the exercises could not be built at all.
    pub fn grade_all(&self) -> Result<Vec<Graded>> {
        let all: Vec<&Exercise> = self.course.exercises.iter().collect();
        self.grade(&all, Some(self.run_seed))
    }

    /// The exercise called `name` (its package name, folder name or number).
    ///
    /// # Errors
    /// A usage error that lists the exercises when none has that name.
    pub fn find(&self, name: &str) -> Result<&Exercise> {
        self.course.exercise(name).ok_or_else(|| {
            let names: Vec<&str> = self
                .course
                .exercises
                .iter()
                .map(|exercise| exercise.name.as_str())
                .collect();
            Error::usage(format!(
                "there is no exercise called `{name}`; the exercises are {}",
                names.join(", ")
            ))
        })
    }

    /// The exercise called `name`, or the first one not yet solved when no name is given.
    ///
    /// # Errors
    /// When `name` names no exercise, or every exercise is solved and none was named.
    pub fn pick(&self, name: Option<&str>) -> Result<&Exercise> {
        if let Some(name) = name {
            return self.find(name);
        }
        let graded = self.grade_all()?;
        graded
            .iter()
            .find(|result| result.status != Status::Solved)
            .and_then(|result| self.course.exercise(&result.exercise))
            .ok_or_else(|| {
                Error::usage(
                    "every exercise is solved, so there is no current one: name the exercise",
                )
            })
    }
}

/// Whether a build in the target folder `target` has yet to compile tokio: only then is a
/// learner told that the build takes minutes, not on every run.
pub fn is_cold(target: &Path) -> bool {
    let built = std::fs::read_dir(target.join("debug").join(".fingerprint")).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|entry| entry.file_name().to_string_lossy().starts_with("tokio-"))
    });
    !built
}

/// 0 when every graded exercise is solved, 1 otherwise.
pub fn exit_for(graded: &[Graded]) -> ExitCode {
    if graded.iter().all(|result| result.status == Status::Solved) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prints `value` as pretty JSON on stdout.
///
/// # Errors
/// When it cannot be written as JSON.
pub fn print_json<T: serde::Serialize>(value: &T) -> Result<()> {
    let json = serde_json::to_string_pretty(value)
        .map_err(|error| Error::could_not_grade(format!("could not write the JSON: {error}")))?;
    println!("{json}");
    Ok(())
}
