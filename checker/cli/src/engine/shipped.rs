//! The learner files as shipped, whatever the working tree holds.
//!
//! A learner edits `exercises/*/src/lib.rs`, and may commit the edits. The self-check, the
//! book's diagrams and class grading still need each file as the course ships it, so
//! [`RECORD`] names each one by its git blob id, and git gives the blob back from its object
//! store in any clone. `checker dev ship` writes the record after a contributor changes a
//! shipped file; `checker dev check` fails when a committed learner file differs from it.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

use crate::engine::course::{Course, Exercise};
use crate::error::{Error, Result};

/// The record, relative to the course root.
pub const RECORD: &str = "exercises/shipped.toml";

const HEADER: &str = "\
# The learner file of each exercise as shipped, by its git blob id. Written by
# `cargo course dev ship`; do not edit by hand. The self-check, the book's diagrams and class
# grading take these versions, so that a learner's edits never change what they check.
";

/// One learner file as shipped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shipped {
    pub contents: Vec<u8>,
    /// Whether the working tree's file differs from it (a learner's work, or a contributor's
    /// change not yet recorded).
    pub edited: bool,
}

/// The recorded blob id of each exercise, by folder name.
///
/// # Errors
/// When the record is missing or unreadable.
pub fn record_of(course: &Course) -> Result<BTreeMap<String, String>> {
    let path = course.root.join(RECORD);
    let text = std::fs::read_to_string(&path).map_err(|error| {
        Error::could_not_grade(format!(
            "could not read {RECORD}: {error}. Run `cargo course dev ship` to write it"
        ))
    })?;
    toml::from_str(&text).map_err(|error| {
        Error::could_not_grade(format!(
            "{RECORD} is not valid: {error}. Run `cargo course dev ship` to write it again"
        ))
    })
}

/// `exercise`'s learner file as shipped.
///
/// # Errors
/// When the record has no entry for it, or git cannot give its blob back.
pub fn read(course: &Course, exercise: &Exercise) -> Result<Shipped> {
    let record = record_of(course)?;
    let slug = exercise.slug();
    let Some(blob) = record.get(&slug) else {
        return Err(Error::could_not_grade(format!(
            "{RECORD} has no entry for {slug}: run `cargo course dev ship` to record its \
             learner file as shipped"
        )));
    };
    let contents = git(&course.root, &["cat-file", "blob", blob]).map_err(|why| {
        Error::could_not_grade(format!(
            "git cannot give back {} as shipped (blob {blob} in {RECORD}): {why}. In a shallow \
             clone, `git fetch --unshallow` brings it back",
            exercise.file().display()
        ))
    })?;
    let edited = std::fs::read(course.root.join(exercise.file())).ok() != Some(contents.clone());
    Ok(Shipped { contents, edited })
}

/// The blob id of `exercise`'s learner file as committed in `HEAD`, when git has one.
pub fn committed_blob(course: &Course, exercise: &Exercise) -> Option<String> {
    let spec = format!(
        "HEAD:{}",
        exercise.file().to_string_lossy().replace('\\', "/")
    );
    git(&course.root, &["rev-parse", &spec])
        .ok()
        .map(|out| String::from_utf8_lossy(&out).trim().to_owned())
}

/// Records every exercise's learner file, as it is in the working tree, as shipped: stores each
/// in git's object store and writes [`RECORD`]. Returns the folder names whose entry changed.
///
/// # Errors
/// When git cannot store a file, or the record cannot be written.
pub fn record(course: &Course) -> Result<Vec<String>> {
    let before = record_of(course).unwrap_or_default();
    let mut after = BTreeMap::new();
    for exercise in &course.exercises {
        let file = exercise.file();
        let out = git(
            &course.root,
            &["hash-object", "-w", "--", &file.to_string_lossy()],
        )
        .map_err(|why| {
            Error::could_not_grade(format!("git could not store {}: {why}", file.display()))
        })?;
        after.insert(
            exercise.slug(),
            String::from_utf8_lossy(&out).trim().to_owned(),
        );
    }
    let changed = after
        .iter()
        .filter(|(slug, blob)| before.get(*slug) != Some(*blob))
        .map(|(slug, _)| slug.clone())
        .collect();
    let mut text = HEADER.to_owned();
    for (slug, blob) in &after {
        text.push_str(&format!("{slug} = \"{blob}\"\n"));
    }
    std::fs::write(course.root.join(RECORD), text)
        .map_err(|error| Error::could_not_grade(format!("could not write {RECORD}: {error}")))?;
    Ok(changed)
}

/// Runs git in `root` and returns its standard output, or why it failed.
fn git(root: &Path, args: &[&str]) -> std::result::Result<Vec<u8>, String> {
    let output = Command::new("git")
        .current_dir(root)
        .args(args)
        .output()
        .map_err(|error| format!("could not run git ({error}); install git"))?;
    if output.status.success() {
        Ok(output.stdout)
    } else {
        Err(String::from_utf8_lossy(&output.stderr).trim().to_owned())
    }
}
