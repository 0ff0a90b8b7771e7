//! Grading a class: every submission under a folder (or one alone), each placed into one
//! pristine copy of the course, graded with one seed for all, and written out as a gradebook,
//! JSON, JUnit XML, Markdown feedback and GitHub Classroom results.
//!
//! Only the learner files of a submission reach the copy, so a student who edits the tests, the
//! harness or a manifest changes nothing. The copy builds in one target folder for the whole
//! class: tokio and futures compile once, and each student costs only their own files.

use std::collections::HashMap;
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use anstream::eprintln;
use serde::{Deserialize, Serialize};

use crate::app::Error;
use crate::course::{Course, Exercise};
use crate::grade::{self, Graded, Options, Status};
use crate::json::ExerciseResult;
use crate::overlay;
use crate::points::{self, Points};
use crate::submission::{self, Answer, Kind, Submission};

/// What the `schema` field of the class results holds.
pub const SCHEMA: &str = "asynclings.class/1";

/// The seed of a grading run when none is given: a fixed one, so that grading the same
/// submissions twice gives the same files.
pub const DEFAULT_SEED: u64 = 1;

/// The results of a whole grading run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClassResults {
    pub schema: String,
    /// The seed every student's scenarios were drawn from.
    pub seed: u64,
    /// The points each exercise is worth, by package name.
    pub points: std::collections::BTreeMap<String, f64>,
    pub max_score: f64,
    /// One entry per submission, sorted by student.
    pub students: Vec<StudentResult>,
}

/// One student's results.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StudentResult {
    /// The submission folder's name.
    pub student: String,
    pub kind: Kind,
    pub score: f64,
    pub max_score: f64,
    /// Files in the submission that differ from the course and were not used.
    pub ignored: Vec<String>,
    /// Why a learner file was not taken, or that it was missing, by exercise.
    pub notes: Vec<String>,
    pub exercises: Vec<ScoredExercise>,
}

/// One exercise of one student, with its points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ScoredExercise {
    pub points: f64,
    pub max_points: f64,
    #[serde(flatten)]
    pub result: ExerciseResult,
}

/// How a grading run is set up.
pub struct Setup<'a> {
    /// The pristine course.
    pub course: &'a Course,
    /// The submissions, one folder each.
    pub submissions: Vec<PathBuf>,
    pub points: Points,
    pub seed: u64,
    /// Where the copy of the course and its build live between runs.
    pub work: PathBuf,
}

/// The submission folders directly under `dir`, sorted by name. Symbolic links are skipped
/// here too: a link is not a submission.
///
/// # Errors
/// When `dir` cannot be listed.
pub fn submissions_in(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Error::Usage(format!(
            "cannot list the submissions in {}: {error}",
            dir.display()
        ))
    })?;
    let mut found: Vec<PathBuf> = entries
        .flatten()
        .filter(|entry| entry.file_type().is_ok_and(|kind| kind.is_dir()))
        .map(|entry| entry.path())
        .collect();
    found.sort();
    Ok(found)
}

/// Grades every submission of `setup`, one after another in the same copy of the course.
///
/// # Errors
/// When the copy of the course cannot be made or built at all.
pub fn grade(setup: &Setup<'_>) -> Result<ClassResults, Error> {
    let copy_root = setup.work.join("course");
    overlay::sync(&setup.course.root, &copy_root).map_err(|error| {
        Error::CouldNotGrade(format!(
            "could not copy the course to {}: {error}",
            copy_root.display()
        ))
    })?;
    let copy = Course::load(&copy_root).map_err(|error| Error::CouldNotGrade(error.to_string()))?;
    let options = Options {
        target_dir: Some(setup.work.join("target")),
        seed: Some(setup.seed),
        lean: true,
    };
    let progress = Progress::new(setup.submissions.len());
    // The same file gets the same grade: it is graded once per run. Unsolved exercises left as
    // shipped, and common answers, cost nothing after the first student.
    let mut graded_before: HashMap<(String, Vec<u8>), Graded> = HashMap::new();
    let mut students = Vec::new();
    for dir in &setup.submissions {
        let submission = submission::read(dir, setup.course);
        let mut files = Vec::new();
        for exercise in &copy.exercises {
            let contents = match submission.answers.get(&exercise.name) {
                Some(Answer::Taken(bytes)) => bytes.clone(),
                _ => std::fs::read(setup.course.root.join(exercise.file())).map_err(|error| {
                    Error::CouldNotGrade(format!(
                        "could not read the course's {}: {error}",
                        exercise.file().display()
                    ))
                })?,
            };
            files.push((exercise, contents));
        }
        if submission.kind == Kind::Course {
            let to_grade: Vec<&(&Exercise, Vec<u8>)> = files
                .iter()
                .filter(|(exercise, contents)| {
                    !graded_before.contains_key(&(exercise.name.clone(), contents.clone()))
                })
                .collect();
            for (exercise, contents) in &to_grade {
                overlay::place(&copy.root, &exercise.file(), contents).map_err(|error| {
                    Error::CouldNotGrade(format!("could not write into the copy: {error}"))
                })?;
            }
            if !to_grade.is_empty() {
                let exercises: Vec<&Exercise> =
                    to_grade.iter().map(|(exercise, _)| *exercise).collect();
                let graded =
                    grade::grade(&copy, &exercises, &options).map_err(Error::CouldNotGrade)?;
                for ((exercise, contents), result) in to_grade.iter().zip(graded) {
                    graded_before.insert((exercise.name.clone(), contents.clone()), result);
                }
            }
        }
        let student = score(setup, &submission, &files, &graded_before);
        progress.done(&student);
        students.push(student);
    }
    progress.finish();
    Ok(ClassResults {
        schema: SCHEMA.to_owned(),
        seed: setup.seed,
        points: setup.points.max.clone(),
        max_score: points::round(setup.points.total()),
        students,
    })
}

/// A student's results from the grades of their files.
fn score(
    setup: &Setup<'_>,
    submission: &Submission,
    files: &[(&Exercise, Vec<u8>)],
    graded_before: &HashMap<(String, Vec<u8>), Graded>,
) -> StudentResult {
    let mut exercises = Vec::new();
    let mut notes = Vec::new();
    for (exercise, contents) in files {
        let graded = if submission.kind == Kind::Course {
            graded_before
                .get(&(exercise.name.clone(), contents.clone()))
                .cloned()
        } else {
            None
        };
        let graded = graded.unwrap_or_else(|| Graded {
            exercise: exercise.name.clone(),
            status: Status::NotYet,
            checks: Vec::new(),
            detail: Some("not graded: the submission is not a copy of the course".to_owned()),
        });
        match submission.answers.get(&exercise.name) {
            Some(Answer::Missing) if submission.kind == Kind::Course => notes.push(format!(
                "{}: {} is missing, so the exercise was graded as shipped",
                exercise.name,
                exercise.file().display()
            )),
            Some(Answer::Refused(why)) => notes.push(format!(
                "{}: {} was not used: {why}; the exercise was graded as shipped",
                exercise.name,
                exercise.file().display()
            )),
            _ => {}
        }
        let mut result = ExerciseResult::new(exercise, &graded);
        // Real time differs from one grading to the next; the grade must not.
        for check in &mut result.checks {
            check.wall_ms = 0;
        }
        exercises.push(ScoredExercise {
            points: setup.points.score(&graded),
            max_points: setup.points.max.get(&exercise.name).copied().unwrap_or(0.0),
            result,
        });
    }
    StudentResult {
        student: submission.student.clone(),
        kind: submission.kind,
        score: points::round(exercises.iter().map(|exercise| exercise.points).sum()),
        max_score: points::round(setup.points.total()),
        ignored: submission.ignored.clone(),
        notes,
        exercises,
    }
}

/// A progress bar over the submissions on a terminal; a quiet line per student elsewhere (CI).
struct Progress {
    bar: Option<indicatif::ProgressBar>,
}

impl Progress {
    fn new(count: usize) -> Self {
        let bar = std::io::stderr().is_terminal().then(|| {
            let bar = indicatif::ProgressBar::new(count as u64);
            bar.set_style(
                indicatif::ProgressStyle::with_template(
                    "grading {bar:30} {pos}/{len} submissions, {elapsed} {msg}",
                )
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
            );
            bar
        });
        Self { bar }
    }

    fn done(&self, student: &StudentResult) {
        let line = format!(
            "{}: {} of {} points",
            student.student, student.score, student.max_score
        );
        match &self.bar {
            Some(bar) => {
                bar.set_message(line);
                bar.inc(1);
            }
            None => eprintln!("graded {line}"),
        }
    }

    fn finish(&self) {
        if let Some(bar) = &self.bar {
            bar.finish_and_clear();
        }
    }
}
