//! Building the exercises' test binaries with one `cargo build --test '*'`, read through cargo's
//! JSON messages: which binary belongs to which exercise, and which exercise does not compile.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use cargo_metadata::Message;
use cargo_metadata::diagnostic::DiagnosticLevel;

use crate::engine::course::{Course, Exercise};
use crate::engine::integrity;
use crate::engine::sandbox::{self, ProcessLimits};
use crate::error::{Error, Result};

/// Generous: a first build compiles tokio and futures, which takes a minute on two cores.
const COMPILE_LIMITS: ProcessLimits = ProcessLimits {
    time: Duration::from_secs(900),
    output: 64 << 20,
};

/// Errors shown for an exercise that does not compile; the rest are counted.
const ERRORS_SHOWN: usize = 2;

/// What follows the count of the errors not shown.
const MORE_ERRORS: &str = "more;";

/// Where a grading run builds.
#[derive(Clone, Debug)]
pub enum Target {
    /// The learner's own course, in its own target folder, as `cargo test` builds it.
    InPlace,
    /// A grading copy, in this folder. Nobody debugs a copy, so it builds without debug info
    /// and incremental state: both cost compile and link time, for every student.
    Copy(PathBuf),
}

/// What the build gave each exercise.
#[derive(Debug)]
pub enum Build {
    /// The test binaries to run.
    Tests(Vec<PathBuf>),
    /// The compiler's errors, trimmed to what matters.
    Failed(String),
    /// Not built: the integrity check refused the learner's file; what it refused, one line each.
    Refused(String),
}

/// Builds the test binaries of `exercises` in `course`, where `target` says.
///
/// # Errors
/// When cargo cannot be run, or the build stopped for a reason that belongs to no exercise.
pub fn build(
    course: &Course,
    exercises: &[&Exercise],
    target: &Target,
) -> Result<BTreeMap<String, Build>> {
    // Nothing of a refused file is compiled: its build could not be trusted to mean anything.
    let mut builds = BTreeMap::new();
    let mut allowed = Vec::new();
    for exercise in exercises {
        match refusals(course, exercise) {
            Some(refused) => {
                builds.insert(exercise.name.clone(), Build::Refused(refused));
            }
            None => allowed.push(*exercise),
        }
    }
    if allowed.is_empty() {
        return Ok(builds);
    }
    let exercises = allowed.as_slice();
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(&cargo);
    command
        .current_dir(&course.root)
        // `--test '*'`: the integration tests only, where the checks are; `--tests` would also
        // build and link each learner file's empty unit-test binary.
        // `--keep-going`: one exercise that does not compile must not stop the others.
        .args([
            "build",
            "--test",
            "*",
            "--keep-going",
            "--message-format=json",
        ]);
    for exercise in exercises {
        command.args(["-p", &exercise.name]);
    }
    if let Target::Copy(dir) = target {
        command
            .arg("--target-dir")
            .arg(dir)
            .env("CARGO_PROFILE_DEV_DEBUG", "0")
            .env("CARGO_INCREMENTAL", "0");
    }
    let outcome = sandbox::run(command, COMPILE_LIMITS).map_err(|error| {
        Error::could_not_grade(format!(
            "could not run `{}`: {error}. Install Rust with rustup (https://rustup.rs), or put \
             cargo on your PATH, then run the checker again",
            cargo.to_string_lossy()
        ))
    })?;
    if outcome.timed_out() {
        return Err(Error::could_not_grade(format!(
            "building the exercises took over {} minutes and was stopped; run `cargo build \
             --tests` in {} to see where it stalls",
            COMPILE_LIMITS.time.as_secs() / 60,
            course.root.display()
        )));
    }

    let mut tests: BTreeMap<&str, Vec<PathBuf>> = BTreeMap::new();
    let mut errors: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let owner = |source: &Path| {
        exercises
            .iter()
            .find(|exercise| source.starts_with(course.root.join(&exercise.dir)))
            .map(|exercise| exercise.name.as_str())
    };
    for message in Message::parse_stream(outcome.stdout.bytes.as_slice()).flatten() {
        match message {
            Message::CompilerArtifact(artifact) if artifact.profile.test => {
                let is_test_target = artifact.target.is_kind(cargo_metadata::TargetKind::Test);
                if let (true, Some(name), Some(executable)) = (
                    is_test_target,
                    owner(artifact.target.src_path.as_std_path()),
                    artifact.executable,
                ) {
                    tests
                        .entry(name)
                        .or_default()
                        .push(executable.into_std_path_buf());
                }
            }
            Message::CompilerMessage(message)
                if matches!(message.message.level, DiagnosticLevel::Error) =>
            {
                if let Some(name) = owner(message.target.src_path.as_std_path()) {
                    let rendered = message.message.rendered.unwrap_or(message.message.message);
                    errors.entry(name).or_default().push(rendered);
                }
            }
            _ => {}
        }
    }

    for exercise in exercises {
        let name = exercise.name.as_str();
        let build = match (errors.remove(name), tests.remove(name)) {
            (Some(errors), _) => Build::Failed(trim_errors(name, &errors)),
            (None, Some(binaries)) => Build::Tests(binaries),
            (None, None) if outcome.success() => Build::Tests(Vec::new()),
            (None, None) => {
                // Cargo stopped before the compiler ran: a broken manifest, a missing file.
                return Err(Error::could_not_grade(format!(
                    "cargo could not build the exercises:\n{}",
                    cargo_errors(&outcome.stderr.text())
                )));
            }
        };
        builds.insert(exercise.name.clone(), build);
    }
    Ok(builds)
}

/// What the integrity check refuses in the learner's file of `exercise`, one line each, or `None`
/// when it refuses nothing. A file that cannot be read is left to the compiler to explain.
fn refusals(course: &Course, exercise: &Exercise) -> Option<String> {
    let source = std::fs::read_to_string(course.root.join(exercise.file())).ok()?;
    refusals_in(exercise, &source)
}

/// What the integrity check refuses in `source`, `exercise`'s learner file, as the learner reads
/// it: one line each, with what to do.
pub(crate) fn refusals_in(exercise: &Exercise, source: &str) -> Option<String> {
    let refusals = integrity::scan(source);
    (!refusals.is_empty()).then(|| {
        let lines: Vec<String> = refusals
            .iter()
            .map(|refusal| format!("  {}", refusal.sentence()))
            .collect();
        format!(
            "not allowed: {} names what no exercise may use, so it was not built or run:\n{}\n\
             The exercises need only the stand-ins, tokio's tasks, channels and timers, \
             futures' combinators and std's collections and sync types: take these out and \
             grade again.",
            exercise.file().display(),
            lines.join("\n")
        )
    })
}

/// The first errors of package `name`, without the compiler's closing summary lines, and a count
/// of the rest.
pub(crate) fn trim_errors(name: &str, errors: &[String]) -> String {
    let real: Vec<&str> = errors
        .iter()
        .map(|error| error.trim_end())
        .filter(|error| {
            !error.starts_with("error: aborting") && !error.starts_with("error: could not compile")
        })
        .collect();
    let mut text = real[..real.len().min(ERRORS_SHOWN)].join("\n\n");
    if real.len() > ERRORS_SHOWN {
        text.push_str(&format!(
            "\n\n({} {MORE_ERRORS} fix these first, or see them all with `cargo build -p {name}`)",
            real.len() - ERRORS_SHOWN
        ));
    }
    text
}

/// What identifies each error in `detail` (as [`trim_errors`] writes it): its code (`E0373`),
/// or its message when it has none, as rustc leaves the code off some of E0277's forms
/// ("future cannot be sent between threads safely"). Empty when `detail` counts errors it does
/// not show: those cannot be told apart.
pub fn error_ids(detail: &str) -> Vec<String> {
    if detail.contains(MORE_ERRORS) {
        return Vec::new();
    }
    detail
        .lines()
        .filter_map(|line| line.strip_prefix("error"))
        .filter_map(|rest| match rest.strip_prefix('[') {
            Some(coded) => coded.split_once("]:").map(|(code, _)| code.to_owned()),
            None => rest.strip_prefix(": ").map(str::to_owned),
        })
        .collect()
}

/// The `error:` lines of cargo's own output, and what follows each.
fn cargo_errors(stderr: &str) -> String {
    let start = stderr.find("error").unwrap_or(0);
    stderr[start..].trim().to_owned()
}
