//! `cargo run -p checker`: grades every exercise and shows the first one still to solve.

use std::path::PathBuf;
use std::process::ExitCode;

use anstream::{eprintln, print};
use checker::course::Course;
use checker::grade::{self, Options, Status};
use checker::render;
use clap::Parser;

/// Grades the asynclings exercises by their timing and ordering, on tokio's paused clock, and
/// shows the first exercise still to solve with its timeline and a hint.
///
/// Exit status: 0 when every exercise is solved, 1 when some are not, 2 for a usage error,
/// 3 when the exercises could not be graded at all.
#[derive(Debug, Parser)]
#[command(version, about)]
struct Cli {
    /// The course folder [default: the course that holds the current folder]
    #[arg(long, value_name = "DIR")]
    root: Option<PathBuf>,
    /// The seed of every randomized scenario, to replay a run exactly [default: a new one]
    #[arg(long)]
    seed: Option<u64>,
}

/// Exit status when the exercises could not be graded at all.
const COULD_NOT_GRADE: u8 = 3;

fn main() -> ExitCode {
    let cli = Cli::parse();
    let start = match cli.root.clone().map_or_else(std::env::current_dir, Ok) {
        Ok(dir) => dir,
        Err(error) => {
            return could_not_grade(&format!("the current folder cannot be read: {error}"));
        }
    };
    let course = match Course::find(&start) {
        Ok(course) => course,
        Err(error) => return could_not_grade(&error.to_string()),
    };
    let exercises: Vec<_> = course.exercises.iter().collect();
    let plural = if exercises.len() == 1 { "" } else { "s" };
    eprintln!(
        "Grading {} exercise{plural} (the first build takes a minute or two)...",
        exercises.len()
    );
    let options = Options {
        target_dir: None,
        seed: cli.seed,
    };
    let graded = match grade::grade(&course, &exercises, &options) {
        Ok(graded) => graded,
        Err(error) => return could_not_grade(&error),
    };
    print!("{}", render::table(&course, &graded));
    match render::focus(&course, &graded) {
        Some(focus) => print!("\n{focus}"),
        None => print!("\nEvery exercise is solved: well done.\n"),
    }
    if graded.iter().all(|result| result.status == Status::Solved) {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn could_not_grade(message: &str) -> ExitCode {
    eprintln!("error: {message}");
    ExitCode::from(COULD_NOT_GRADE)
}
