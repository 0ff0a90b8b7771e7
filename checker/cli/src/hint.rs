//! Hints, staged from gentle to explicit: each request shows one more, and the checker remembers
//! how far a learner got.

use std::fmt::Write as _;

use anstyle::Style;

use crate::course::Exercise;
use crate::state::State;

const BOLD: Style = Style::new().bold();

/// The hints to show for `exercise` now: every hint up to the next one not yet shown (or all of
/// them with `all`), and records that they were shown in `state`.
pub fn next(exercise: &Exercise, state: &mut State, all: bool) -> String {
    let hints = &exercise.info.hints;
    if hints.is_empty() {
        return format!(
            "{} has no hints. Its chapter, {}, explains the idea.\n",
            exercise.name,
            exercise.info.chapter.display()
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
            "Still stuck? `cargo run -p checker -- hint {}` shows the next one.",
            exercise.name
        );
    } else {
        let _ = writeln!(
            out,
            "That was the last hint. The chapter, {}, explains the idea; once you have a green \
             run, compare with the reference answer in {}.",
            exercise.info.chapter.display(),
            exercise.info.solution.display()
        );
    }
    out
}
