//! Hints, staged from gentle to explicit: each request shows one more, and the checker remembers
//! how far a learner got.

use std::fmt::Write as _;
use std::process::ExitCode;

use anstream::{eprintln, print};

use crate::commands::Context;
use crate::commands::learner::state::State;
use crate::engine::course::Exercise;
use crate::error::Result;
use crate::views::style::{BOLD, course_command};

/// Prints the next hint of the exercise called `name` (the first unsolved one when `None`), or
/// every hint with `all`.
///
/// # Errors
/// When `name` names no exercise, or none is named and the exercises cannot be graded.
pub fn show(context: &Context, name: Option<&str>, all: bool) -> Result<ExitCode> {
    let exercise = context.pick(name)?;
    let mut state = State::load(&context.course.root);
    print!("{}", next(exercise, &mut state, all));
    if let Err(error) = state.save(&context.course.root) {
        eprintln!("note: could not remember which hints you saw: {error}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The hints to show for `exercise` now: every hint up to the next one not yet shown (or all of
/// them with `all`), and records that they were shown in `state`.
pub fn next(exercise: &Exercise, state: &mut State, all: bool) -> String {
    let hints = &exercise.info.hints;
    if hints.is_empty() {
        return format!(
            "{} has no hints. Its chapter, {}, explains the idea.\n",
            exercise.name,
            exercise.chapter().display()
        );
    }
    let shown = state.hints_shown.entry(exercise.name.clone()).or_default();
    *shown = if all {
        hints.len()
    } else {
        (*shown + 1).min(hints.len())
    };
    let mut out = String::new();
    for (index, hint) in hints.iter().enumerate().take(*shown) {
        let _ = writeln!(
            out,
            "{BOLD}Hint {} of {} for {}{BOLD:#}: {hint}\n",
            index + 1,
            hints.len(),
            exercise.name
        );
    }
    if *shown < hints.len() {
        let _ = writeln!(
            out,
            "Still stuck? {} shows the next one.",
            course_command(&format!("hint {}", exercise.name))
        );
    } else {
        let _ = writeln!(
            out,
            "That was the last hint. The chapter, {}, explains the idea; once you have a green \
             run, compare with the reference answer in {}.",
            exercise.chapter().display(),
            exercise.solution().display()
        );
    }
    out
}
