//! The machine-readable results, `--format json`: one document per grading run, versioned so
//! that scripts and the instructors' grading can rely on it. `checker/JSON.md` documents it and
//! `checker/cli/schema/grade.schema.json` is its JSON Schema.

use serde::{Deserialize, Serialize};
use timeline::report::CheckReport;

use crate::engine::course::{Course, Exercise};
use crate::engine::verdict::{Graded, Status};

/// What the `schema` field holds: the document's kind and version. The version changes only when
/// a field changes meaning or goes away; new fields keep it.
pub const SCHEMA: &str = "asynclings.grade/1";

/// One grading run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct GradeDocument {
    pub schema: String,
    /// The seed every scenario of the run was drawn from: `--seed`'s, or one the checker drew
    /// for the run (each check's report holds the same). `null` is allowed but not written.
    pub seed: Option<u64>,
    pub solved: usize,
    pub total: usize,
    /// In course order.
    pub exercises: Vec<ExerciseResult>,
}

/// One exercise's result.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseResult {
    /// The number in front of the folder's name: `"01"`.
    pub number: String,
    /// The package name: `cargo test -p <name>`.
    pub name: String,
    pub title: String,
    /// The learner's file, relative to the course root.
    pub file: String,
    pub status: Status,
    pub checks_passed: usize,
    pub checks_total: usize,
    /// The expected and measured virtual time of the check that stands for the exercise (the
    /// first failed check that asserts a time, or else the first that asserts one).
    pub expected_ms: Option<u64>,
    pub measured_ms: Option<u64>,
    /// The compiler's errors, or why the tests could not report.
    pub detail: Option<String>,
    /// Every check, with its failures, its trace of events and its whole message.
    pub checks: Vec<CheckReport>,
}

impl GradeDocument {
    /// The document for `graded`, the results of grading exercises of `course`.
    pub fn new(course: &Course, graded: &[Graded], seed: Option<u64>) -> Self {
        let exercises = graded
            .iter()
            .filter_map(|result| {
                let exercise = course.exercise(&result.exercise)?;
                Some(ExerciseResult::new(exercise, result))
            })
            .collect();
        Self {
            schema: SCHEMA.to_owned(),
            seed,
            solved: graded
                .iter()
                .filter(|result| result.status == Status::Solved)
                .count(),
            total: graded.len(),
            exercises,
        }
    }
}

impl ExerciseResult {
    /// The result of `exercise`, graded as `graded`.
    pub fn new(exercise: &Exercise, graded: &Graded) -> Self {
        let timed = graded.timed_check(&exercise.info.diagram);
        Self {
            number: exercise.number(),
            name: exercise.name.clone(),
            title: exercise.info.title.clone(),
            file: exercise.file().to_string_lossy().into_owned(),
            status: graded.status,
            checks_passed: graded.passed(),
            checks_total: graded.checks.len(),
            expected_ms: timed.and_then(|check| check.expected_ms),
            measured_ms: timed.map(|check| check.measured_ms),
            detail: graded.detail.clone(),
            checks: graded.checks.clone(),
        }
    }
}

impl ExerciseResult {
    /// The verdict in words: "solved", "not yet", ...
    pub fn status_label(&self) -> String {
        self.status.label().to_owned()
    }

    /// What went wrong, for people: the message of [`Self::explained_check`] (with its
    /// timeline), or else the detail.
    pub fn explanation(&self) -> String {
        self.explained_check()
            .map(|check| check.message.clone())
            .or_else(|| self.detail.clone())
            .unwrap_or_default()
    }

    /// The check whose message explains what went wrong: the first failed one, unless a limit
    /// (time, memory, output) or a build error cut the checks short, which its detail says
    /// better.
    pub fn explained_check(&self) -> Option<&CheckReport> {
        let failed = self.checks.iter().find(|check| !check.passed);
        match self.status {
            Status::NotYet => failed,
            _ if self.detail.is_some() => None,
            _ => failed,
        }
    }
}
