//! The switchboard: from the parsed command line to the command's module, and from its result
//! to an exit status. Nothing else happens here.

use std::process::ExitCode;

use anstream::eprintln;

use crate::cli::{Cli, Command, DevCommand};
use crate::commands::learner::{hint, live, progress, reset, run, watch};
use crate::commands::{Context, class, dev, diagrams};
use crate::engine::course::Course;
use crate::error::{Error, Result};

/// Runs the command `cli` asks for and returns the exit status: 0 when every graded exercise is
/// solved, 1 when some are not, 2 for a usage error, 3 when nothing could be graded.
pub fn run(cli: Cli) -> ExitCode {
    match dispatch(cli) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error}");
            error.exit_code()
        }
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode> {
    let start = match cli.root {
        Some(root) => root,
        None => std::env::current_dir().map_err(|error| {
            Error::could_not_grade(format!("the current folder cannot be read: {error}"))
        })?,
    };
    let context = Context {
        course: Course::find(&start)?,
        seed: cli.seed,
        run_seed: cli.seed.unwrap_or_else(|| fastrand::u64(0..1_000_000)),
        format: cli.format,
    };
    match cli.command {
        None => progress::show(&context, true),
        Some(Command::List) => progress::show(&context, false),
        Some(Command::Run { exercise, svg }) => {
            run::show(&context, exercise.as_deref(), svg.as_deref())
        }
        Some(Command::Hint { exercise, all }) => hint::show(&context, exercise.as_deref(), all),
        Some(Command::Reset { exercise, yes }) => reset::show(&context, &exercise, yes),
        Some(Command::Watch { manual }) => watch::watch(&context, manual),
        Some(Command::Live { exercise, speed }) => live::live(&context, exercise.as_deref(), speed),
        Some(Command::Grade {
            path,
            single,
            out,
            points,
        }) => class::grade_submissions(&context, &path, single, &out, points.as_deref()),
        Some(Command::Diagrams { check }) => diagrams::redraw(&context, check),
        Some(Command::Dev { command }) => match command {
            DevCommand::New { name } => dev::new::scaffold(&context, &name),
            DevCommand::Check => dev::conventions::report(&context),
            DevCommand::Ship => dev::ship(&context),
        },
    }
}
