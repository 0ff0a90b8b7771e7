//! The learner's progress: the table of every exercise, the first unsolved one in focus, and
//! the header of one graded exercise.

use std::fmt::Write as _;

use crate::engine::course::{Course, Exercise};
use crate::engine::verdict::{Graded, Status};
use crate::views::style::{BOLD, DIM, course_command, of_status};

/// The progress table: one row per exercise, with its status and its expected and measured
/// virtual time. Colours are plain ANSI; `anstream` strips them where they do not belong.
pub fn table(course: &Course, graded: &[Graded]) -> String {
    let mut out = String::new();
    let solved = graded.iter().filter(|g| g.status == Status::Solved).count();
    let _ = writeln!(
        out,
        "{BOLD}asynclings{BOLD:#}: {solved} of {} exercises solved\n",
        graded.len()
    );
    let name_width = graded
        .iter()
        .map(|g| g.exercise.len())
        .max()
        .unwrap_or(8)
        .max(8);
    let _ = writeln!(
        out,
        "{DIM}  #   {:name_width$}  {:18}  {:>6}  {:>9}  {:>9}{DIM:#}",
        "exercise", "status", "checks", "expected", "measured"
    );
    for result in graded {
        let number = course
            .exercise(&result.exercise)
            .map_or_else(String::new, Exercise::number);
        let colour = of_status(result.status);
        let checks = if result.checks.is_empty() {
            "-".to_owned()
        } else {
            format!("{}/{}", result.passed(), result.checks.len())
        };
        let timed = result.timed_check();
        let expected = timed
            .and_then(|check| check.expected_ms)
            .map_or_else(|| "-".to_owned(), |ms| format!("{ms} ms"));
        let measured = timed.map_or_else(
            || "-".to_owned(),
            |check| format!("{} ms", check.measured_ms),
        );
        let _ = writeln!(
            out,
            "  {number:3} {:name_width$}  {colour}{:18}{colour:#}  {checks:>6}  {expected:>9}  {measured:>9}",
            result.exercise,
            result.status.label(),
        );
    }
    out
}

/// The first exercise that is not solved, in detail: what went wrong, the timeline, a hint and
/// where to read more. `None` when everything is solved.
pub fn focus(course: &Course, graded: &[Graded]) -> Option<String> {
    let result = graded.iter().find(|g| g.status != Status::Solved)?;
    let exercise = course.exercise(&result.exercise)?;
    Some(focus_on(exercise, result))
}

/// One exercise in detail: what went wrong, the timeline, the first hint and where to read more.
pub fn focus_on(exercise: &Exercise, result: &Graded) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{BOLD}Next: {} {}, \"{}\"{BOLD:#}: {}",
        exercise.number(),
        exercise.name,
        exercise.info.title,
        result.status.label()
    );
    let _ = writeln!(
        out,
        "Edit {}, then run `cargo test -p {}` or the checker again.\n",
        exercise.file().display(),
        exercise.name
    );
    if let Some(check) = result.first_failure() {
        let _ = writeln!(out, "{}", check.message.trim_end());
    }
    if let Some(detail) = &result.detail {
        let _ = writeln!(out, "{}", detail.trim_end());
    }
    if let Some(hint) = exercise.info.hints.first() {
        let _ = writeln!(
            out,
            "\n{BOLD}Hint 1 of {}{BOLD:#}: {hint}",
            exercise.info.hints.len()
        );
        let _ = writeln!(
            out,
            "More hints, one at a time: {}",
            course_command(&format!("hint {}", exercise.name))
        );
    }
    let _ = writeln!(
        out,
        "Read more: {} (`mdbook serve book` opens the book)",
        exercise.chapter().display()
    );
    if let Some(check) = result.checks.first() {
        let _ = writeln!(
            out,
            "{DIM}Seed {}: replay this run with {}.{DIM:#}",
            check.seed,
            course_command(&format!("--seed {}", check.seed))
        );
    }
    out
}

/// The first lines of `checker run`: which exercise, its verdict and its file.
pub fn header(exercise: &Exercise, result: &Graded) -> String {
    let colour = of_status(result.status);
    let mut out = format!(
        "{BOLD}{} {}, \"{}\"{BOLD:#}: {colour}{}{colour:#}",
        exercise.number(),
        exercise.name,
        exercise.info.title,
        result.status.label()
    );
    if !result.checks.is_empty() {
        let _ = write!(
            out,
            ", {} of {} checks pass",
            result.passed(),
            result.checks.len()
        );
    }
    let _ = writeln!(out, "\nYour file: {}", exercise.file().display());
    out
}
