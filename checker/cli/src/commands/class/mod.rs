//! Grading a class: every submission under a folder (or one alone), each placed into one
//! pristine copy of the course, graded with one seed for all, and written out as a gradebook,
//! JSON, JUnit XML, Markdown feedback and GitHub Classroom results.
//!
//! Only the learner files of a submission reach the copy, so a student who edits the tests, the
//! harness or a manifest changes nothing. The copy builds in one target folder for the whole
//! class: tokio and futures compile once, and each student costs only their own files.

pub mod gradebook;
pub mod points;
pub mod submission;

use std::collections::{HashMap, HashSet};
use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstream::{eprintln, println};
use serde::{Deserialize, Serialize};

use crate::commands::{Context, is_cold, print_json};
use crate::engine::copy::GradingCopy;
use crate::engine::course::{Course, Exercise};
use crate::engine::verdict::{Graded, Status};
use crate::engine::{sandbox, shipped};
use crate::error::{Error, Result};
use crate::views::Format;
use crate::views::json::ExerciseResult;
use crate::views::style::{DIM, WARNING};
use points::Points;
use submission::{Answer, Kind, Submission};

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

/// How a class grading is set up.
struct Setup<'a> {
    /// The pristine course.
    course: &'a Course,
    /// The submissions, one folder each.
    submissions: Vec<PathBuf>,
    points: Points,
    seed: u64,
}

/// `checker grade`: grades a class (or one submission, with `single`) and writes every output
/// into `out`.
///
/// # Errors
/// When the submissions cannot be listed, the points file is wrong, or the course cannot be
/// built at all.
pub fn grade_submissions(
    context: &Context,
    path: &Path,
    single: bool,
    out: &Path,
    points: Option<&Path>,
) -> Result<ExitCode> {
    let course = &context.course;
    let points = match points {
        Some(file) => Points::load(course, file)?,
        None => Points::equal(course),
    };
    let submissions = if single {
        vec![path.to_owned()]
    } else {
        submissions_in(path)?
    };
    if submissions.is_empty() {
        return Err(Error::usage(format!(
            "{} holds no submission folders: put one folder per student in it, or pass \
             --single to grade one submission",
            path.display()
        )));
    }
    let seed = context.seed.unwrap_or(DEFAULT_SEED);
    let setup = Setup {
        course,
        submissions,
        points,
        seed,
    };
    let results = grade_each(&setup)?;
    let written = gradebook::write_all(&results, out)?;
    if context.format == Format::Json {
        print_json(&results)?;
    } else {
        for student in &results.students {
            println!(
                "{:30} {:>7} of {}",
                student.student, student.score, student.max_score
            );
        }
        println!(
            "\nWrote {} files into {}: results.json, gradebook.csv, junit.xml, feedback/ and \
             autograding/.",
            written.len(),
            out.display()
        );
    }
    let all_full = results
        .students
        .iter()
        .all(|student| student.score >= student.max_score);
    // One submission, as in a student's CI job: the exit status says whether all is solved.
    Ok(if !single || all_full {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}

/// The submission folders directly under `dir`, sorted by name. Symbolic links are skipped
/// here too: a link is not a submission.
///
/// # Errors
/// When `dir` cannot be listed.
fn submissions_in(dir: &Path) -> Result<Vec<PathBuf>> {
    let entries = std::fs::read_dir(dir).map_err(|error| {
        Error::usage(format!(
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

/// Grades every submission of `setup`, one after another in the class's copy of the course.
fn grade_each(setup: &Setup<'_>) -> Result<ClassResults> {
    let copy = GradingCopy::for_class(setup.course)?;
    let cold = if is_cold(copy.target_dir()) {
        " (the first run builds the course once, for a minute or two)"
    } else {
        ""
    };
    let count = setup.submissions.len();
    eprintln!(
        "{DIM}Grading {count} submission{} with seed {}{cold}...{DIM:#}",
        if count == 1 { "" } else { "s" },
        setup.seed
    );
    if let Err(reason) = sandbox::isolation() {
        eprintln!(
            "{WARNING}Not isolated: {reason}.{WARNING:#} Each student's code runs as you, with your \
             files and network; the checker still stops if it changes the course. The README's \
             trust model says how to grade untrusted code safely."
        );
    }
    // What a missing or refused file is graded as.
    let shipped = setup
        .course
        .exercises
        .iter()
        .map(|exercise| {
            Ok((
                exercise.name.clone(),
                shipped::read(setup.course, exercise)?.contents,
            ))
        })
        .collect::<Result<HashMap<String, Vec<u8>>>>()?;
    let submissions: Vec<Submission> = setup
        .submissions
        .iter()
        .map(|dir| submission::read(dir, setup.course))
        .collect();
    let files_of = |submission: &Submission| -> Vec<(&Exercise, Vec<u8>)> {
        setup
            .course
            .exercises
            .iter()
            .map(|exercise| {
                let contents = match submission.answers.get(&exercise.name) {
                    Some(Answer::Taken(bytes)) => bytes.clone(),
                    _ => shipped[&exercise.name].clone(),
                };
                (exercise, contents)
            })
            .collect()
    };
    // The same file gets the same grade: each distinct answer of the class is graded once.
    // Unsolved exercises left as shipped, and common answers, cost nothing after the first.
    let mut answers: Vec<(&Exercise, Vec<u8>)> = Vec::new();
    let mut owners: Vec<&str> = Vec::new();
    let mut seen: HashSet<(String, Vec<u8>)> = HashSet::new();
    for submission in submissions.iter().filter(|s| s.kind == Kind::Course) {
        for (exercise, contents) in files_of(submission) {
            if seen.insert((exercise.name.clone(), contents.clone())) {
                answers.push((exercise, contents));
                owners.push(&submission.student);
            }
        }
    }
    // A broken seal stops the whole class: say whose code broke it.
    let stopped = |index: usize, error: Error| {
        Error::could_not_grade(format!(
            "grading {}'s {} stopped: {error}",
            owners[index], answers[index].0.name
        ))
    };
    let refs: Vec<(&Exercise, &[u8])> = answers
        .iter()
        .map(|(exercise, contents)| (*exercise, contents.as_slice()))
        .collect();
    let batched = copy
        .grade_batch(&refs, &owners, Some(setup.seed))
        .map_err(|error| Error::could_not_grade(format!("grading stopped: {error}")))?;
    let alone = batched.iter().filter(|result| result.is_none()).count();
    if alone > 0 {
        eprintln!(
            "{DIM}{alone} answer{} could not be built with the others: grading {} on its own, \
             which takes longer...{DIM:#}",
            if alone == 1 { "" } else { "s" },
            if alone == 1 { "it" } else { "each" }
        );
    }
    let mut graded_before: HashMap<(String, Vec<u8>), Graded> = HashMap::new();
    for (index, result) in batched.into_iter().enumerate() {
        let (exercise, contents) = &answers[index];
        // What the batch could not build (an answer that does not compile, most often) is
        // graded on its own, the usual way: its messages then name the learner's file.
        let graded = match result {
            Some(graded) => graded,
            None => {
                copy.place(exercise, contents)
                    .map_err(|error| stopped(index, error))?;
                copy.grade(&[exercise.name.as_str()], Some(setup.seed))
                    .map_err(|error| stopped(index, error))?
                    .remove(0)
            }
        };
        graded_before.insert((exercise.name.clone(), contents.clone()), graded);
    }
    let ticker = Ticker::new(submissions.len());
    let mut students = Vec::new();
    for submission in &submissions {
        let files = files_of(submission);
        let student = score(setup, submission, &files, &graded_before);
        ticker.done(&student);
        students.push(student);
    }
    ticker.finish();
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
struct Ticker {
    bar: Option<indicatif::ProgressBar>,
}

impl Ticker {
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
