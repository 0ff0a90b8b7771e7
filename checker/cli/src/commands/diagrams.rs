//! `checker diagrams`: the timelines in the book, drawn from real runs. For each exercise, its
//! file as shipped and its reference solution run on one fixed scenario, written as text into
//! `book/src/diagrams/`. `--check` only says whether they are up to date, which the project's
//! tests ask on every `cargo test`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anstream::{eprintln, println};

use crate::commands::Context;
use crate::engine::copy::GradingCopy;
use crate::engine::course::{Course, Exercise};
use crate::engine::shipped;
use crate::engine::verdict::Graded;
use crate::error::{Error, Result};
use crate::views::style::{DIM, course_command};

/// The seed of every diagram: fixed, so the book changes only when an exercise does.
pub const SEED: u64 = 1;

/// Redraws the book's diagrams, or with `check` only compares them with what is on disk.
///
/// # Errors
/// When the runs could not be made or a diagram cannot be written.
pub fn redraw(context: &Context, check: bool) -> Result<ExitCode> {
    let root = &context.course.root;
    eprintln!("{DIM}Running every exercise as shipped and solved, on seed {SEED}...{DIM:#}");
    let drawn = render(&context.course)?;
    let stale: Vec<&PathBuf> = drawn
        .iter()
        .filter(|(file, text)| {
            std::fs::read_to_string(root.join(file)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(file, _)| file)
        .collect();
    if check {
        if stale.is_empty() {
            println!("The book's {} diagrams are up to date.", drawn.len());
            return Ok(ExitCode::SUCCESS);
        }
        for file in &stale {
            println!("{} is out of date", file.display());
        }
        println!("Run {} and commit the result.", course_command("diagrams"));
        return Ok(ExitCode::FAILURE);
    }
    for file in &stale {
        let path = root.join(file);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &drawn[*file]));
        written.map_err(|error| {
            Error::could_not_grade(format!("could not write {}: {error}", path.display()))
        })?;
        println!("wrote {}", file.display());
    }
    println!("{} of {} diagrams changed.", stale.len(), drawn.len());
    Ok(ExitCode::SUCCESS)
}

/// Each exercise's diagram file (relative to the course root) and its contents.
fn render(course: &Course) -> Result<BTreeMap<PathBuf, String>> {
    let copy = GradingCopy::for_reference(course)?;
    let names: Vec<&str> = course.exercises.iter().map(|e| e.name.as_str()).collect();
    for exercise in &course.exercises {
        copy.place(exercise, &before(course, exercise)?)?;
    }
    let shipped = copy.grade(&names, Some(SEED))?;
    for exercise in &course.exercises {
        let solution = std::fs::read(course.root.join(exercise.solution())).map_err(|error| {
            Error::could_not_grade(format!(
                "could not read {}: {error}",
                exercise.solution().display()
            ))
        })?;
        copy.place(exercise, &solution)?;
    }
    let solved = copy.grade(&names, Some(SEED))?;
    let mut diagrams = BTreeMap::new();
    for ((exercise, shipped), solved) in course.exercises.iter().zip(&shipped).zip(&solved) {
        diagrams.insert(exercise.diagram_file(), diagram(exercise, shipped, solved)?);
    }
    Ok(diagrams)
}

/// The file whose timeline the book draws above the solution's: the learner file as shipped,
/// or, for a lesson that ships not compiling, the known wrong answer it names.
fn before(course: &Course, exercise: &Exercise) -> Result<Vec<u8>> {
    let Some(lesson) = &exercise.info.does_not_compile else {
        return Ok(shipped::read(course, exercise)?.contents);
    };
    let answer = exercise
        .wrong_answers_dir()
        .join(format!("{}.rs", lesson.diagram_answer));
    std::fs::read(course.root.join(&answer)).map_err(|error| {
        Error::could_not_grade(format!("could not read {}: {error}", answer.display()))
    })
}

/// The two timelines of `exercise`'s diagram check, on one time axis.
fn diagram(exercise: &Exercise, shipped: &Graded, solved: &Graded) -> Result<String> {
    let wanted = &exercise.info.diagram;
    let pick = |graded: &Graded| {
        graded
            .checks
            .iter()
            .find(|check| check.check == *wanted)
            .cloned()
    };
    let (Some(before), Some(after)) = (pick(shipped), pick(solved)) else {
        return Err(Error::could_not_grade(format!(
            "{} has no check `{wanted}` to draw in both runs (as shipped: {}, solved: {}): set \
             `diagram` in its exercise.toml to one of its tests",
            exercise.name,
            shipped.status.label(),
            solved.status.label()
        )));
    };
    let axis = before.trace.total_ms.max(after.trace.total_ms);
    let mut out = String::new();
    match &exercise.info.does_not_compile {
        None => {
            let _ = writeln!(out, "The file as shipped (check `{}`):\n", before.check);
        }
        Some(lesson) => {
            let _ = writeln!(
                out,
                "The file as shipped does not compile. A fix that compiles but runs the work one \
                 after another, `{}` (check `{}`):\n",
                lesson.diagram_answer, before.check
            );
        }
    }
    out.push_str(&timeline::draw_on_axis(&before.trace, axis));
    let _ = writeln!(out, "\nThe reference solution, on the same scenario:\n");
    out.push_str(&timeline::draw_on_axis(&after.trace, axis));
    Ok(out)
}
