//! `cargo run -p checker`: grades the exercises; `--help` lists the commands.

use std::process::ExitCode;

use clap::Parser as _;

fn main() -> ExitCode {
    checker::app::run(checker::cli::Cli::parse())
}
