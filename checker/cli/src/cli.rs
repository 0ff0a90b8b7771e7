//! The command line: every command and flag, with the help text `--help` prints.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::views::Format;

/// Grades the asynclings exercises by their timing and ordering, on tokio's paused clock.
///
/// With no command: the progress table, and the first exercise still to solve with its timeline
/// and a hint.
///
/// Exit status: 0 when every graded exercise is solved, 1 when some are not, 2 for a usage error,
/// 3 when the exercises could not be graded at all (cargo missing, the course unreadable).
#[derive(Debug, Parser)]
#[command(version, about, long_about)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The course folder [default: the course that holds the current folder]
    #[arg(long, global = true, value_name = "DIR")]
    pub root: Option<PathBuf>,
    /// The seed of every randomized scenario, to replay a run exactly [default: a new one]
    #[arg(long, global = true)]
    pub seed: Option<u64>,
    /// How to print the results: `human` for people, `json` for programs (see
    /// checker/JSON.md for the schema)
    #[arg(long, global = true, value_enum, default_value_t = Format::Human)]
    pub format: Format,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the exercises with their status, in course order
    List,
    /// Grade one exercise; on failure, show your timeline beside the expected one and a
    /// step-by-step table of what ran when
    Run {
        /// The exercise: its package name (`together`), its folder (`01_together`) or its
        /// number (`1`) [default: the first one not yet solved]
        exercise: Option<String>,
        /// Also write the timeline of your run as an SVG picture to FILE (the failed check's,
        /// or when every check passed, the one the book draws)
        #[arg(long, value_name = "FILE")]
        svg: Option<PathBuf>,
    },
    /// Show the next hint for an exercise: one more each time you ask
    Hint {
        /// The exercise [default: the first one not yet solved]
        exercise: Option<String>,
        /// Show every hint at once
        #[arg(long)]
        all: bool,
    },
    /// Regrade the current exercise on every save, and move on when it is solved
    Watch {
        /// Do not watch files; regrade when you press Enter (for network drives and containers
        /// where file events do not arrive)
        #[arg(long)]
        manual: bool,
    },
    /// Run an exercise on the real clock and draw each task as a bar that grows as it runs
    Live {
        /// The exercise [default: the first one not yet solved]
        exercise: Option<String>,
        /// How fast the clock runs: 0.5 is half speed, 2 is twice as fast
        #[arg(long, default_value_t = 1.0, value_parser = parse_speed)]
        speed: f64,
    },
    /// For instructors: grade every submission in a folder (one folder per student), or one
    /// submission with --single, and write a gradebook, feedback and reports
    Grade {
        /// The folder of submissions, or with --single the one submission
        path: PathBuf,
        /// PATH is one submission (a student's clone), not a folder of them
        #[arg(long)]
        single: bool,
        /// Where to write the results
        #[arg(long, value_name = "DIR", default_value = "grading-results")]
        out: PathBuf,
        /// A TOML file of points per exercise [default: 10 points each]
        #[arg(long, value_name = "FILE")]
        points: Option<PathBuf>,
    },
    /// For contributors: redraw the book's timeline pictures (book/src/diagrams/) from real
    /// runs of the answers the chapters show
    Diagrams {
        /// Only check that the pictures are up to date; change nothing
        #[arg(long)]
        check: bool,
    },
    /// Put an exercise's file back as it was shipped, after saving a backup of yours
    Reset {
        /// The exercise to reset
        exercise: String,
        /// Do not ask for confirmation
        #[arg(long, short)]
        yes: bool,
    },
    /// For contributors: scaffold a new exercise, check the course's conventions, or record
    /// the learner files as shipped
    Dev {
        #[command(subcommand)]
        command: DevCommand,
    },
}

#[derive(Debug, Subcommand)]
pub enum DevCommand {
    /// Scaffold exercise NN_name: its package, learner file, tests, exercise.toml, chapter and
    /// quiz; then `cargo test` says what is still missing
    New {
        /// The folder name: a two-digit number and the package name, `09_timeouts`
        name: String,
    },
    /// Check every convention: each exercise has its chapter, quiz, diagram, solution, an
    /// alternative and a TODO; SUMMARY.md lists every chapter; no stray files
    Check,
    /// Record every learner file, as it is now, as shipped (exercises/shipped.toml): after a
    /// deliberate change to what learners get
    Ship,
}

/// A speed between 0.05 and 20: slower than that takes minutes, faster is a blur.
fn parse_speed(text: &str) -> Result<f64, String> {
    let speed: f64 = text
        .parse()
        .map_err(|_| format!("`{text}` is not a number; try 0.5 or 2"))?;
    if (0.05..=20.0).contains(&speed) {
        Ok(speed)
    } else {
        Err(format!(
            "{speed} is out of range: choose a speed from 0.05 to 20"
        ))
    }
}
