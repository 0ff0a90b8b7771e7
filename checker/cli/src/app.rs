//! What each command does, from the parsed command line to an exit status.

use std::path::Path;
use std::process::ExitCode;

use anstream::{eprintln, print, println};
use anstyle::Style;

use crate::cli::{Cli, Command, Format};
use crate::course::{Course, Exercise};
use crate::grade::{self, Graded, Options, Status};
use crate::json::GradeDocument;
use crate::points::Points;
use crate::state::State;
use crate::{class, diagrams, gradebook, hint, live, reference, render, reset, steps, watch};

const BOLD: Style = Style::new().bold();
const DIM: Style = Style::new().dimmed();

/// Exit status for a usage error (clap uses it for the ones it finds itself).
pub const USAGE: u8 = 2;
/// Exit status when the exercises could not be graded at all.
pub const COULD_NOT_GRADE: u8 = 3;

/// Why a command could not do its work. Each message is a sentence that says what to do.
#[derive(Debug)]
pub enum Error {
    /// The command line names something that does not exist: exit status 2.
    Usage(String),
    /// Cargo, the course or the file system failed us: exit status 3.
    CouldNotGrade(String),
}

/// A course and the settings every command shares.
pub struct Session {
    pub course: Course,
    pub seed: Option<u64>,
    pub format: Format,
}

/// Runs the command `cli` asks for and returns the exit status.
pub fn run(cli: Cli) -> ExitCode {
    match dispatch(cli) {
        Ok(code) => code,
        Err(Error::Usage(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(USAGE)
        }
        Err(Error::CouldNotGrade(message)) => {
            eprintln!("error: {message}");
            ExitCode::from(COULD_NOT_GRADE)
        }
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode, Error> {
    let start = match cli.root.clone() {
        Some(root) => root,
        None => std::env::current_dir().map_err(|error| {
            Error::CouldNotGrade(format!("the current folder cannot be read: {error}"))
        })?,
    };
    let course = Course::find(&start).map_err(|error| Error::CouldNotGrade(error.to_string()))?;
    let session = Session {
        course,
        seed: cli.seed,
        format: cli.format,
    };
    match cli.command {
        None => progress(&session, true),
        Some(Command::List) => progress(&session, false),
        Some(Command::Run { exercise }) => run_one(&session, exercise.as_deref()),
        Some(Command::Hint { exercise, all }) => {
            let exercise = session.pick(exercise.as_deref())?;
            let mut state = State::load(&session.course.root);
            print!("{}", hint::next(exercise, &mut state, all));
            if let Err(error) = state.save(&session.course.root) {
                eprintln!("note: could not remember which hints you saw: {error}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Reset { exercise, yes }) => {
            let exercise = session.find(&exercise)?;
            let file = exercise.file();
            match reset::reset(&session.course, exercise, yes)? {
                reset::Reset::Unchanged => {
                    println!(
                        "{} is already as shipped: nothing to reset.",
                        file.display()
                    );
                }
                reset::Reset::Declined => println!("Nothing was changed."),
                reset::Reset::Restored { backup } => println!(
                    "{} is back as shipped. Your version is saved in {backup}.",
                    file.display()
                ),
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Watch { manual }) => watch::watch(&session, manual),
        Some(Command::Diagrams { check }) => redraw_diagrams(&session, check),
        Some(Command::Grade {
            path,
            single,
            out,
            points,
        }) => grade_class(&session, &path, single, &out, points.as_deref()),
        Some(Command::Live { exercise, speed }) => {
            let exercise = session.pick(exercise.as_deref())?;
            live::live(&session, exercise, speed)
        }
    }
}

impl Session {
    /// Grades `exercises`, with progress on stderr.
    ///
    /// # Errors
    /// When the exercises could not be built at all.
    pub fn grade(&self, exercises: &[&Exercise], seed: Option<u64>) -> Result<Vec<Graded>, Error> {
        let plural = if exercises.len() == 1 { "" } else { "s" };
        eprintln!(
            "{DIM}Grading {} exercise{plural} (the first build takes a minute or two)...{DIM:#}",
            exercises.len()
        );
        let options = Options {
            target_dir: None,
            seed,
            lean: false,
        };
        grade::grade(&self.course, exercises, &options).map_err(Error::CouldNotGrade)
    }

    /// Grades every exercise.
    ///
    /// # Errors
    /// When the exercises could not be built at all.
    pub fn grade_all(&self) -> Result<Vec<Graded>, Error> {
        let all: Vec<&Exercise> = self.course.exercises.iter().collect();
        self.grade(&all, self.seed)
    }

    /// The exercise called `name`.
    ///
    /// # Errors
    /// A usage error that lists the exercises when none has that name.
    pub fn find(&self, name: &str) -> Result<&Exercise, Error> {
        self.course.exercise(name).ok_or_else(|| {
            let names: Vec<&str> = self
                .course
                .exercises
                .iter()
                .map(|exercise| exercise.name.as_str())
                .collect();
            Error::Usage(format!(
                "there is no exercise called `{name}`; the exercises are {}",
                names.join(", ")
            ))
        })
    }

    /// The exercise called `name`, or the first one not yet solved when no name is given.
    ///
    /// # Errors
    /// When `name` names no exercise, or every exercise is solved and none was named.
    pub fn pick(&self, name: Option<&str>) -> Result<&Exercise, Error> {
        if let Some(name) = name {
            return self.find(name);
        }
        let graded = self.grade_all()?;
        graded
            .iter()
            .find(|result| result.status != Status::Solved)
            .and_then(|result| self.course.exercise(&result.exercise))
            .ok_or_else(|| {
                Error::Usage(
                    "every exercise is solved, so there is no current one: name the exercise"
                        .to_owned(),
                )
            })
    }
}

/// 0 when every graded exercise is solved, 1 otherwise.
pub(crate) fn exit_for(graded: &[Graded]) -> ExitCode {
    if graded.iter().all(|result| result.status == Status::Solved) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Prints `graded` as the JSON document.
fn print_json(session: &Session, graded: &[Graded], seed: Option<u64>) -> Result<(), Error> {
    let document = GradeDocument::new(&session.course, graded, seed);
    let json = serde_json::to_string_pretty(&document)
        .map_err(|error| Error::CouldNotGrade(format!("could not write the JSON: {error}")))?;
    println!("{json}");
    Ok(())
}

/// The progress table, with the first unsolved exercise in focus when `focus` is set.
fn progress(session: &Session, focus: bool) -> Result<ExitCode, Error> {
    let graded = session.grade_all()?;
    match session.format {
        Format::Json => print_json(session, &graded, session.seed)?,
        Format::Human => {
            print!("{}", render::table(&session.course, &graded));
            if focus {
                match render::focus(&session.course, &graded) {
                    Some(focus) => print!("\n{focus}"),
                    None => print!("\nEvery exercise is solved: well done.\n"),
                }
            }
        }
    }
    Ok(exit_for(&graded))
}

/// One exercise graded with a known seed; on failure, its timeline beside the reference
/// solution's on the same scenario, and the step-by-step table.
fn run_one(session: &Session, name: Option<&str>) -> Result<ExitCode, Error> {
    let exercise = session.pick(name)?;
    // A seed of our own when none was given, so the reference run can replay the same scenario.
    let seed = session.seed.unwrap_or_else(|| fastrand::u64(0..1_000_000));
    let graded = session.grade(&[exercise], Some(seed))?;
    if session.format == Format::Json {
        print_json(session, &graded, Some(seed))?;
        return Ok(exit_for(&graded));
    }
    let result = &graded[0];
    print!("{}", render::header(exercise, result));
    let Some(check) = result.first_failure() else {
        if let Some(detail) = &result.detail {
            println!("\n{}", detail.trim_end());
        }
        return Ok(exit_for(&graded));
    };
    print!("\n{}", render::failures(check));
    eprintln!(
        "{DIM}Running the reference solution on the same scenario (the first time, this builds \
         tokio once more, for a minute or so)...{DIM:#}"
    );
    let expected = match reference::grade(&session.course, exercise, seed) {
        Ok(reference) => reference
            .checks
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
        "\nStuck? `cargo run -p checker -- hint {}` shows a hint. {DIM}Seed {seed}: `--seed {seed}` \
         replays this run.{DIM:#}",
        exercise.name
    );
    Ok(exit_for(&graded))
}

/// Grades a class, or one submission, and writes every output into `out`.
fn grade_class(
    session: &Session,
    path: &Path,
    single: bool,
    out: &Path,
    points: Option<&Path>,
) -> Result<ExitCode, Error> {
    let course = &session.course;
    let points = match points {
        Some(file) => Points::load(course, file).map_err(Error::Usage)?,
        None => Points::equal(course),
    };
    let submissions = if single {
        vec![path.to_owned()]
    } else {
        class::submissions_in(path)?
    };
    if submissions.is_empty() {
        return Err(Error::Usage(format!(
            "{} holds no submission folders: put one folder per student in it, or pass \
             --single to grade one submission",
            path.display()
        )));
    }
    let seed = session.seed.unwrap_or(class::DEFAULT_SEED);
    eprintln!(
        "{DIM}Grading {} submission{} with seed {seed} (the first run builds the course once, \
         for a minute or two)...{DIM:#}",
        submissions.len(),
        if submissions.len() == 1 { "" } else { "s" }
    );
    let setup = class::Setup {
        course,
        submissions,
        points,
        seed,
        work: reference::target_of(course)
            .join("asynclings")
            .join("class"),
    };
    let results = class::grade(&setup)?;
    let written = gradebook::write_all(&results, out).map_err(Error::CouldNotGrade)?;
    if session.format == Format::Json {
        let json = serde_json::to_string_pretty(&results)
            .map_err(|error| Error::CouldNotGrade(format!("could not write the JSON: {error}")))?;
        println!("{json}");
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

/// Redraws the book's diagrams, or with `check` only compares them with what is on disk.
fn redraw_diagrams(session: &Session, check: bool) -> Result<ExitCode, Error> {
    let root = &session.course.root;
    eprintln!(
        "{DIM}Running every exercise as shipped and solved, on seed {}...{DIM:#}",
        diagrams::SEED
    );
    let drawn = diagrams::render(&session.course).map_err(Error::CouldNotGrade)?;
    let stale: Vec<&std::path::PathBuf> = drawn
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
        println!("Run `cargo run -p checker -- diagrams` and commit the result.");
        return Ok(ExitCode::FAILURE);
    }
    for file in &stale {
        let path = root.join(file);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent).map_err(|error| {
                Error::CouldNotGrade(format!("could not make {}: {error}", parent.display()))
            })?;
        }
        std::fs::write(&path, &drawn[*file]).map_err(|error| {
            Error::CouldNotGrade(format!("could not write {}: {error}", path.display()))
        })?;
        println!("wrote {}", file.display());
    }
    println!("{} of {} diagrams changed.", stale.len(), drawn.len());
    Ok(ExitCode::SUCCESS)
}
