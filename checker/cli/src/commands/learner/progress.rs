//! `cargo course` and `cargo course list`: the progress table, with the first unsolved exercise
//! in focus when no command is given.

use std::process::ExitCode;

use anstream::print;

use crate::commands::{Context, exit_for, print_json};
use crate::error::Result;
use crate::views::json::GradeDocument;
use crate::views::{Format, progress};

/// Grades every exercise and prints the table, and the focus when `focus` is set.
///
/// # Errors
/// When the exercises could not be built at all.
pub fn show(context: &Context, focus: bool) -> Result<ExitCode> {
    let graded = context.grade_all()?;
    match context.format {
        Format::Json => print_json(&GradeDocument::new(&context.course, &graded, context.seed))?,
        Format::Human => {
            print!("{}", progress::table(&context.course, &graded));
            if focus {
                match progress::focus(&context.course, &graded) {
                    Some(focus) => print!("\n{focus}"),
                    None => print!("\nEvery exercise is solved: well done.\n"),
                }
            }
        }
    }
    Ok(exit_for(&graded))
}
