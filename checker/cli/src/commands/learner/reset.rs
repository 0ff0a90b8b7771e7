//! Putting an exercise's file back as it was shipped, with a backup of the learner's version.

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};
use std::process::{Command, ExitCode};

use anstream::println;

use crate::commands::Context;
use crate::commands::learner::state;
use crate::engine::course::{Course, Exercise, STATE_DIR};
use crate::error::{Error, Result};
use crate::views::Format;

/// Resets the exercise called `name` and says what happened.
///
/// # Errors
/// As [`reset`].
pub fn show(context: &Context, name: &str, yes: bool) -> Result<ExitCode> {
    if context.format == Format::Json {
        return Err(Error::usage(
            "reset changes a file and says so in words; it prints no JSON: run it without \
             `--format json`",
        ));
    }
    let exercise = context.find(name)?;
    let file = exercise.file();
    match reset(&context.course, exercise, yes)? {
        Reset::Unchanged => println!(
            "{} is already as shipped: nothing to reset.",
            file.display()
        ),
        Reset::Declined => println!("Nothing was changed."),
        Reset::Restored { backup } => println!(
            "{} is back as shipped. Your version is saved in {backup}.",
            file.display()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

/// What a reset did.
#[derive(Debug, PartialEq, Eq)]
pub enum Reset {
    /// The file was already as shipped.
    Unchanged,
    /// The learner said no.
    Declined,
    /// The file was restored; the learner's version was saved at this path.
    Restored { backup: String },
}

/// Restores `exercise`'s file in `course` from the last commit, asking first unless `yes`.
///
/// The shipped version is the one git holds for the file in `HEAD`: a fresh clone's, or the
/// last one a learner committed, which `git log -- <file>` can take further back.
///
/// # Errors
/// A usage error when nobody can be asked and `yes` was not given; otherwise an actionable
/// sentence when git cannot give the shipped file or the file cannot be written.
pub fn reset(course: &Course, exercise: &Exercise, yes: bool) -> Result<Reset> {
    let file = exercise.file();
    let spec = format!("HEAD:{}", file.to_string_lossy());
    let shown = Command::new("git")
        .current_dir(&course.root)
        .args(["show", &spec])
        .output()
        .map_err(|error| {
            Error::could_not_grade(format!(
                "could not run git ({error}): install git to reset an exercise"
            ))
        })?;
    if !shown.status.success() {
        return Err(Error::could_not_grade(format!(
            "git has no committed version of {}: reset works in a git clone of the course ({})",
            file.display(),
            String::from_utf8_lossy(&shown.stderr).trim()
        )));
    }
    let path = course.root.join(&file);
    if std::fs::read(&path).is_ok_and(|current| current == shown.stdout) {
        return Ok(Reset::Unchanged);
    }
    if !yes
        && !confirm(&format!(
            "Reset {} to its committed version? Your version is kept in {}/backups/. [y/N] ",
            file.display(),
            STATE_DIR
        ))?
    {
        return Ok(Reset::Declined);
    }
    let backup = state::back_up(&course.root, &file, &exercise.name).map_err(|error| {
        Error::could_not_grade(format!(
            "could not save a backup of {}: {error}",
            file.display()
        ))
    })?;
    std::fs::write(&path, &shown.stdout).map_err(|error| {
        Error::could_not_grade(format!("could not write {}: {error}", file.display()))
    })?;
    Ok(Reset::Restored {
        backup: backup.to_string_lossy().into_owned(),
    })
}

/// Asks `question` on the terminal and reads a yes or a no.
fn confirm(question: &str) -> Result<bool> {
    if !io::stdin().is_terminal() {
        return Err(Error::usage(
            "nobody can be asked for confirmation here: pass --yes to reset",
        ));
    }
    eprint!("{question}");
    let _ = io::stderr().flush();
    let mut answer = String::new();
    io::stdin()
        .lock()
        .read_line(&mut answer)
        .map_err(|error| Error::could_not_grade(format!("could not read the answer: {error}")))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}
