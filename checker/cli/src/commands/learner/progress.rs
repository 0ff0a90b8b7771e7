//! `cargo course` and `cargo course list`: the progress table, with the first unsolved exercise
//! in focus when no command is given.

use std::process::ExitCode;

use anstream::{eprintln, print, println};

use crate::commands::learner::hint;
use crate::commands::learner::state::State;
use crate::commands::{Context, exit_for, print_json};
use crate::engine::verdict::Status;
use crate::error::Result;
use crate::views::fit::Area;
use crate::views::json::GradeDocument;
use crate::views::style::DIM;
use crate::views::{Format, progress};

/// Grades every exercise and prints the table, and the focus when `focus` is set.
///
/// # Errors
/// When the exercises could not be built at all.
pub fn show(context: &Context, focus: bool) -> Result<ExitCode> {
    let graded = context.grade_all()?;
    match context.format {
        Format::Json => print_json(&GradeDocument::new(
            &context.course,
            &graded,
            Some(context.run_seed),
        ))?,
        Format::Human if focus => {
            // The hint the focus shows counts as seen: the next `hint` shows the one after it.
            let mut state = State::load(&context.course.root);
            let current = graded
                .iter()
                .find(|result| result.status != Status::Solved)
                .and_then(|result| context.course.exercise(&result.exercise));
            let hint = current.map_or(0, |exercise| hint::in_focus(exercise, &state));
            let overview = progress::overview(&context.course, &graded, hint, Area::of_stdout());
            print!("{}", overview.text);
            if let Some(exercise) = current {
                hint::seen_in_focus(exercise, &mut state, overview.hint_shown);
            }
            if let Err(error) = state.save(&context.course.root) {
                eprintln!("note: could not remember which hints you saw: {error}");
            }
        }
        Format::Human => {
            print!("{}", progress::table(&context.course, &graded));
            println!(
                "\n{DIM}The scenarios are random: expected and measured times change from run to \
                 run (`--seed N` replays one).{DIM:#}"
            );
        }
    }
    Ok(exit_for(&graded))
}
