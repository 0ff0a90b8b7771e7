//! Hints, staged from gentle to explicit: each request shows one more, and the checker remembers
//! how far a learner got.

use std::fmt::Write as _;
use std::process::ExitCode;

use anstream::{eprintln, print};

use crate::commands::Context;
use crate::commands::learner::state::State;
use crate::engine::course::Exercise;
use crate::error::{Error, Result};
use crate::views::Format;
use crate::views::style::{BOLD, course_command};

/// Prints the next hint of the exercise called `name` (the first unsolved one when `None`), or
/// every hint with `all`.
///
/// # Errors
/// When `name` names no exercise, or none is named and the exercises cannot be graded.
pub fn show(context: &Context, name: Option<&str>, all: bool) -> Result<ExitCode> {
    if context.format == Format::Json {
        return Err(Error::usage(
            "hints are written for people; for JSON, run `list` or `run` with `--format json`",
        ));
    }
    let exercise = context.pick(name)?;
    let mut state = State::load(&context.course.root);
    print!("{}", next(exercise, &mut state, all));
    if let Err(error) = state.save(&context.course.root) {
        eprintln!("note: could not remember which hints you saw: {error}");
    }
    Ok(ExitCode::SUCCESS)
}

/// The hints to show for `exercise` now: the next one not yet shown (or all of them with
/// `all`), and records in `state` that they were shown. Earlier hints are not repeated: they are
/// on the screen already, and three at once would not fit it. Once every hint was shown (by
/// `--all` too), asking again shows the last one again rather than all of them as if new.
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
    let first = if all {
        *shown = hints.len();
        0
    } else {
        *shown = (*shown + 1).min(hints.len());
        *shown - 1
    };
    let mut out = String::new();
    for (index, hint) in hints.iter().enumerate().take(*shown).skip(first) {
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

/// Which hint the focus on `exercise` shows: the last one the learner saw, or the first.
pub fn in_focus(exercise: &Exercise, state: &State) -> usize {
    if exercise.info.hints.is_empty() {
        return 0;
    }
    state
        .hints_shown
        .get(&exercise.name)
        .copied()
        .unwrap_or(0)
        .max(1)
}

/// Records that hint number `number` of `exercise` was shown in a focus: it counts as seen, so
/// the next `hint` shows the one after it.
pub fn seen_in_focus(exercise: &Exercise, state: &mut State, number: usize) {
    let shown = state.hints_shown.entry(exercise.name.clone()).or_default();
    *shown = (*shown).max(number);
}
