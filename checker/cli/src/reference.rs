//! The reference run: the exercise's solution graded with the same seed as the learner's answer,
//! so that the learner's timeline can be shown beside the one it should look like.

use std::path::PathBuf;

use crate::course::{Course, Exercise};
use crate::grade::{self, Graded, Options};
use crate::overlay;

/// The target folder cargo uses for `course`: `CARGO_TARGET_DIR`, or `target/` at its root.
pub(crate) fn target_of(course: &Course) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| course.root.join("target"), PathBuf::from)
}

/// Where the copy of the course lives, under the target folder so that `cargo clean` removes it
/// with the rest.
fn copy_root(course: &Course) -> PathBuf {
    target_of(course).join("asynclings").join("reference")
}

/// Where the copy builds. Not the course's own target folder: cargo names a package's output
/// after its path inside the workspace, so the copy's `together` and the course's would
/// overwrite each other's test binaries and fingerprints.
fn copy_target(course: &Course) -> PathBuf {
    target_of(course)
        .join("asynclings")
        .join("reference-target")
}

/// Grades `exercise`'s reference solution with `seed`, in a copy of `course` with a target
/// folder of its own (the first reference run compiles tokio there once).
///
/// # Errors
/// An actionable sentence when the copy cannot be made or built.
pub fn grade(course: &Course, exercise: &Exercise, seed: u64) -> Result<Graded, String> {
    grade_all(course, &[exercise], true, seed)?
        .pop()
        .ok_or_else(|| "the reference run gave no result".to_owned())
}

/// Grades `exercises` with `seed` in the copy of `course`: their reference solutions when
/// `solved`, their files as they are in `course` otherwise. The results come in the order of
/// `exercises`.
///
/// # Errors
/// An actionable sentence when the copy cannot be made or built.
pub fn grade_all(
    course: &Course,
    exercises: &[&Exercise],
    solved: bool,
    seed: u64,
) -> Result<Vec<Graded>, String> {
    let root = copy_root(course);
    let copy_failed = |error: std::io::Error| {
        format!(
            "could not prepare the reference run in {}: {error}",
            root.display()
        )
    };
    overlay::sync(&course.root, &root).map_err(copy_failed)?;
    if solved {
        for exercise in exercises {
            let solution =
                std::fs::read(course.root.join(&exercise.info.solution)).map_err(|error| {
                    format!(
                        "could not read the reference solution {}: {error}",
                        exercise.info.solution.display()
                    )
                })?;
            overlay::place(&root, &exercise.file(), &solution).map_err(copy_failed)?;
        }
    }
    let copy = Course::load(&root).map_err(|error| error.to_string())?;
    let in_copy = exercises
        .iter()
        .map(|exercise| {
            copy.exercise(&exercise.name)
                .ok_or_else(|| format!("the reference copy has no exercise {}", exercise.name))
        })
        .collect::<Result<Vec<_>, _>>()?;
    let options = Options {
        target_dir: Some(copy_target(course)),
        seed: Some(seed),
        lean: true,
    };
    grade::grade(&copy, &in_copy, &options)
}
