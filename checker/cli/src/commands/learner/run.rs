//! `cargo course run`: one exercise graded with a known seed; on failure, the learner's
//! timeline beside the reference solution's on the same scenario, and the step-by-step table.

use std::process::ExitCode;

use anstream::{eprintln, print, println};
use timeline::report::{CheckReport, Drawing, explain};

use crate::commands::{Context, exit_for, print_json};
use crate::engine::copy::GradingCopy;
use crate::engine::course::Exercise;
use crate::error::{Error, Result};
use crate::views::json::GradeDocument;
use crate::views::style::{BOLD, DIM, course_command};
use crate::views::{Format, progress, steps};

/// Grades the exercise called `name` (the first unsolved one when `None`) and shows it.
///
/// # Errors
/// When the exercise does not exist or cannot be built at all.
pub fn show(context: &Context, name: Option<&str>) -> Result<ExitCode> {
    let exercise = context.pick(name)?;
    // A seed of our own when none was given, so the reference run can replay the same scenario.
    let seed = context.seed.unwrap_or_else(|| fastrand::u64(0..1_000_000));
    let graded = context.grade(&[exercise], Some(seed))?;
    if context.format == Format::Json {
        print_json(&GradeDocument::new(&context.course, &graded, Some(seed)))?;
        return Ok(exit_for(&graded));
    }
    let result = &graded[0];
    print!("{}", progress::header(exercise, result));
    let Some(check) = result.first_failure() else {
        if let Some(detail) = &result.detail {
            println!("\n{}", detail.trim_end());
        }
        return Ok(exit_for(&graded));
    };
    print!("\n{}", explain(check, Drawing::WithoutTimeline));
    eprintln!(
        "{DIM}Running the reference solution on the same scenario (the first time, this builds \
         tokio once more, for a minute or so)...{DIM:#}"
    );
    let expected = match reference(context, exercise, seed) {
        Ok(checks) => checks
            .into_iter()
            .find(|candidate| candidate.check == check.check),
        Err(error) => {
            eprintln!("note: the expected timeline could not be drawn: {error}");
            None
        }
    };
    let axis = expected
        .as_ref()
        .map_or(0, |reference| reference.trace.total_ms);
    println!("\n{BOLD}Your run{BOLD:#}, in virtual time:");
    print!("{}", timeline::draw_on_axis(&check.trace, axis));
    if let Some(reference) = &expected {
        println!("\n{BOLD}Expected{BOLD:#} (the reference solution on the same scenario):");
        print!(
            "{}",
            timeline::draw_on_axis(&reference.trace, check.trace.total_ms)
        );
    }
    println!("\n{BOLD}Step by step{BOLD:#}, your run:");
    print!("{}", steps::table(&check.trace));
    println!(
        "\nStuck? {} shows a hint. {DIM}Seed {seed}: `--seed {seed}` replays this run.{DIM:#}",
        course_command(&format!("hint {}", exercise.name))
    );
    Ok(exit_for(&graded))
}

/// The checks of `exercise`'s reference solution, run on the scenarios of `seed`.
fn reference(context: &Context, exercise: &Exercise, seed: u64) -> Result<Vec<CheckReport>> {
    let solution =
        std::fs::read(context.course.root.join(exercise.solution())).map_err(|error| {
            Error::could_not_grade(format!(
                "could not read the reference solution {}: {error}",
                exercise.solution().display()
            ))
        })?;
    let copy = GradingCopy::for_reference(&context.course)?;
    copy.place(exercise, &solution)?;
    Ok(copy
        .grade(&[&exercise.name], Some(seed))?
        .pop()
        .map(|graded| graded.checks)
        .unwrap_or_default())
}
