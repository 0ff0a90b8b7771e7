//! Reading a student's submission without trusting it: only the files a learner is meant to edit
//! are taken, symbolic links are never followed, sizes and counts are bounded, and everything
//! else that differs from the course is listed so the student knows it was ignored.

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use crate::engine::copy::is_skipped;
use crate::engine::course::Course;

/// The largest learner file taken, in bytes: an exercise's answer is a few KiB.
const MAX_FILE: u64 = 1 << 20;
/// The most entries read from one submission, so a folder of millions of files cannot stall
/// the batch.
const MAX_ENTRIES: usize = 20_000;

/// What a submission folder turned out to be.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A copy of the course: graded.
    Course,
    /// A folder with nothing in it.
    Empty,
    /// Something else: no `exercises/` folder.
    NotACourse,
}

/// One learner file, as found in a submission.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The file, to be graded.
    Taken(Vec<u8>),
    /// Not there: the exercise is graded as shipped.
    Missing,
    /// There, but not taken, for the reason given: the exercise is graded as shipped.
    Refused(String),
}

/// A submission, read.
#[derive(Clone, Debug)]
pub struct Submission {
    /// The folder's name, which names the student.
    pub student: String,
    pub kind: Kind,
    /// For each exercise's package name, its learner file.
    pub answers: BTreeMap<String, Answer>,
    /// Files that differ from the course or are not in it, relative to the submission: none of
    /// them is used.
    pub ignored: Vec<String>,
}

/// Reads the submission in `dir` against the pristine `course`.
pub fn read(dir: &Path, course: &Course) -> Submission {
    let student = dir.file_name().map_or_else(
        || dir.display().to_string(),
        |name| name.to_string_lossy().into_owned(),
    );
    let mut submission = Submission {
        student,
        kind: Kind::Course,
        answers: BTreeMap::new(),
        ignored: Vec::new(),
    };
    let is_dir = fs::symlink_metadata(dir).is_ok_and(|meta| meta.is_dir());
    let entries = if is_dir { walk(dir) } else { Vec::new() };
    if entries.is_empty() {
        submission.kind = Kind::Empty;
    } else if !fs::symlink_metadata(dir.join("exercises")).is_ok_and(|meta| meta.is_dir()) {
        submission.kind = Kind::NotACourse;
    }
    let learner_files: BTreeMap<PathBuf, &str> = course
        .exercises
        .iter()
        .map(|exercise| (exercise.file(), exercise.name.as_str()))
        .collect();
    for (exercise_file, name) in &learner_files {
        let answer = if submission.kind == Kind::Course {
            answer_at(&dir.join(exercise_file))
        } else {
            Answer::Missing
        };
        submission.answers.insert((*name).to_owned(), answer);
    }
    if submission.kind == Kind::Course {
        for (relative, is_symlink) in &entries {
            if learner_files.contains_key(relative) {
                continue;
            }
            let same = !is_symlink
                && fs::read(course.root.join(relative))
                    .ok()
                    .zip(fs::read(dir.join(relative)).ok())
                    .is_some_and(|(ours, theirs)| ours == theirs);
            if !same {
                let mut shown = relative.to_string_lossy().into_owned();
                if *is_symlink {
                    shown.push_str(" (a symbolic link)");
                }
                submission.ignored.push(shown);
            }
        }
    }
    submission
}

/// The learner file at `path`, taken only when it is a regular file of sensible size.
fn answer_at(path: &Path) -> Answer {
    match fs::symlink_metadata(path) {
        Err(_) => Answer::Missing,
        Ok(meta) if meta.file_type().is_symlink() => {
            Answer::Refused("it is a symbolic link, which is never followed".to_owned())
        }
        Ok(meta) if !meta.is_file() => Answer::Refused("it is not a regular file".to_owned()),
        Ok(meta) if meta.len() > MAX_FILE => Answer::Refused(format!(
            "it is {} KiB, over the {} KiB an answer may take",
            meta.len() >> 10,
            MAX_FILE >> 10
        )),
        Ok(_) => fs::read(path).map_or_else(
            |error| Answer::Refused(format!("it could not be read: {error}")),
            Answer::Taken,
        ),
    }
}

/// Every file and symbolic link below `root`, relative to it, with whether it is a link; links
/// are listed, never followed. At most [`MAX_ENTRIES`] entries are looked at.
fn walk(root: &Path) -> Vec<(PathBuf, bool)> {
    let mut found = Vec::new();
    let mut pending = vec![PathBuf::new()];
    let mut seen = 0;
    while let Some(relative) = pending.pop() {
        let Ok(entries) = fs::read_dir(root.join(&relative)) else {
            continue;
        };
        for entry in entries.flatten() {
            seen += 1;
            if seen > MAX_ENTRIES {
                return found;
            }
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            let path = relative.join(entry.file_name());
            // The same folders a copy of the course leaves out: build output and the like.
            if kind.is_dir() && !is_skipped(&path) {
                pending.push(path);
            } else if kind.is_file() || kind.is_symlink() {
                found.push((path, kind.is_symlink()));
            }
        }
    }
    found.sort();
    found
}
