//! `cargo course run`: one exercise graded with a known seed; on failure, the learner's
//! timeline beside the reference solution's on the same scenario, and the step-by-step table.
//! `--svg FILE` also writes the learner's timeline as a picture.

use std::path::Path;
use std::process::ExitCode;

use anstream::{eprintln, print, println};
use timeline::report::CheckReport;

use crate::commands::{Context, exit_for, is_cold, print_json};
use crate::engine::copy::GradingCopy;
use crate::engine::course::Exercise;
use crate::engine::verdict::Graded;
use crate::error::{Error, Result};
use crate::views::fit::{self, Area};
use crate::views::json::GradeDocument;
use crate::views::style::DIM;
use crate::views::{Format, lesson, progress, steps, svg};

/// Grades the exercise called `name` (the first unsolved one when `None`) and shows it; with
/// `picture`, also writes the timeline of the run there as SVG.
///
/// # Errors
/// When the exercise does not exist or cannot be built at all, or the picture cannot be
/// written.
pub fn show(context: &Context, name: Option<&str>, picture: Option<&Path>) -> Result<ExitCode> {
    let exercise = context.pick(name)?;
    // The reference run replays the same scenario.
    let seed = context.run_seed;
    let graded = context.grade(&[exercise], Some(seed))?;
    if let Some(file) = picture {
        write_picture(exercise, &graded[0], file)?;
    }
    if context.format == Format::Json {
        print_json(&GradeDocument::new(&context.course, &graded, Some(seed)))?;
        return Ok(exit_for(&graded));
    }
    let result = &graded[0];
    let Some(check) = result.lesson(&exercise.info.diagram) else {
        let header = progress::header(exercise, result);
        let text = lesson::explain(exercise, result)
            .or_else(|| result.detail.clone())
            .unwrap_or_default();
        // On a short terminal the text keeps its first lines, so the header does not scroll
        // away; the shell's prompt takes the last row.
        let area = Area::of_stdout();
        let text = fit::wrap(text.trim_end(), area.width);
        let rows = area.height.map_or(usize::MAX, |height| {
            height.saturating_sub(fit::rows(&header, area.width) + 2)
        });
        print!("{header}");
        println!(
            "\n{}",
            fit::first_lines(
                &text,
                rows.max(3),
                &format!("lines: `cargo build -p {}` shows them all", exercise.name)
            )
            .trim_end()
        );
        return Ok(exit_for(&graded));
    };
    // The reference runs before anything is printed, so its progress line cannot push the
    // message's first line off a short terminal.
    let expected = match reference(context, exercise, seed) {
        Ok(checks) => checks
            .into_iter()
            .find(|candidate| candidate.check == check.check),
        Err(error) => {
            eprintln!("note: the expected timeline could not be drawn: {error}");
            None
        }
    };
    print!(
        "{}",
        steps::run_view(
            exercise,
            result,
            check,
            expected.as_ref(),
            seed,
            Area::of_stdout()
        )
    );
    Ok(exit_for(&graded))
}

/// Writes the timeline of `result`'s lesson (see `Graded::lesson`) to `file` as SVG; when every
/// check passed, that of the check the book draws.
fn write_picture(exercise: &Exercise, result: &Graded, file: &Path) -> Result<()> {
    let check = result
        .lesson(&exercise.info.diagram)
        .or_else(|| {
            result
                .checks
                .iter()
                .find(|check| check.check == exercise.info.diagram)
        })
        .or_else(|| result.checks.first())
        .ok_or_else(|| {
            Error::could_not_grade(format!(
                "{} reported no check, so there is no timeline to write to {}: run it without \
                 `--svg` to see why",
                exercise.name,
                file.display()
            ))
        })?;
    std::fs::write(file, svg::draw(&check.trace, 0)).map_err(|error| {
        Error::usage(format!(
            "could not write the picture to {}: {error}. Name a file in a folder that exists \
             and that you can write to",
            file.display()
        ))
    })?;
    eprintln!(
        "{DIM}Wrote the timeline of check `{}` to {}.{DIM:#}",
        check.check,
        file.display()
    );
    Ok(())
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
    let cold = if is_cold(copy.target_dir()) {
        " (the first time, this builds tokio once more, for a minute or so)"
    } else {
        ""
    };
    eprintln!("{DIM}Running the reference solution on the same scenario{cold}...{DIM:#}");
    copy.place(exercise, &solution)?;
    Ok(copy
        .grade(&[&exercise.name], Some(seed))?
        .pop()
        .map(|graded| graded.checks)
        .unwrap_or_default())
}
