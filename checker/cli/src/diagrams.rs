//! The timelines in the book, drawn from real runs: for each exercise, its file as shipped and its
//! reference solution run on one fixed scenario, written as text into `book/src/diagrams/`.
//! `checker diagrams` rewrites them; `checker diagrams --check` only says whether they are up to
//! date, which the project's tests ask on every `cargo test`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::PathBuf;

use crate::course::{Course, Exercise};
use crate::grade::Graded;
use crate::reference;

/// The seed of every diagram: fixed, so the book changes only when an exercise does.
pub const SEED: u64 = 1;

/// Where the diagrams go, relative to the course root.
pub const DIR: &str = "book/src/diagrams";

/// Each exercise's diagram file (relative to the course root) and its contents.
///
/// # Errors
/// An actionable sentence when the runs could not be made.
pub fn render(course: &Course) -> Result<BTreeMap<PathBuf, String>, String> {
    let exercises: Vec<&Exercise> = course.exercises.iter().collect();
    let shipped = reference::grade_all(course, &exercises, false, SEED)?;
    let solved = reference::grade_all(course, &exercises, true, SEED)?;
    let mut diagrams = BTreeMap::new();
    for ((exercise, shipped), solved) in exercises.iter().zip(&shipped).zip(&solved) {
        let file = PathBuf::from(DIR).join(format!(
            "{}.txt",
            exercise.dir.file_name().map_or_else(
                || exercise.name.clone(),
                |name| name.to_string_lossy().into_owned()
            )
        ));
        diagrams.insert(file, diagram(exercise, shipped, solved)?);
    }
    Ok(diagrams)
}

/// The two timelines of `exercise`'s diagram check, on one time axis.
fn diagram(exercise: &Exercise, shipped: &Graded, solved: &Graded) -> Result<String, String> {
    let wanted = exercise.info.diagram.as_deref();
    let pick = |graded: &Graded| {
        graded
            .checks
            .iter()
            .find(|check| wanted.is_none_or(|name| check.check == name))
            .cloned()
    };
    let (Some(before), Some(after)) = (pick(shipped), pick(solved)) else {
        return Err(format!(
            "{} has no check {} to draw: set `diagram` in its exercise.toml to one of its tests",
            exercise.name,
            wanted.unwrap_or("at all")
        ));
    };
    let axis = before.trace.total_ms.max(after.trace.total_ms);
    let mut out = String::new();
    let _ = writeln!(out, "The file as shipped (check `{}`):\n", before.check);
    out.push_str(&timeline::draw_on_axis(&before.trace, axis));
    let _ = writeln!(out, "\nThe reference solution, on the same scenario:\n");
    out.push_str(&timeline::draw_on_axis(&after.trace, axis));
    Ok(out)
}
