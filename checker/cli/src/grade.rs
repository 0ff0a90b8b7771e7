//! Grading: build the test binaries, run each in a child process under limits, and turn the
//! JSON reports the harness writes into one verdict per exercise.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use timeline::FailureKind;
use timeline::report::{self, CheckReport, REPORT_DIR_VAR};

use crate::compile::{self, Build};
use crate::course::{Course, Exercise};
use crate::sandbox::{self, Limits};

/// What one exercise's tests may take. An honest run takes milliseconds; a thread-blocking one
/// is caught by the harness's watchdog within seconds; this limit is for the rest.
const TEST_LIMITS: Limits = Limits {
    time: Duration::from_secs(20),
    output: 1 << 20,
};

/// The address space a test process may use, in KiB: a test binary with tokio needs a few
/// hundred MiB of it at most; code that allocates without bound stops here instead of taking the
/// machine's memory.
const MEMORY_KIB: u64 = 2 << 20;

/// How a grading run is set up.
#[derive(Clone, Debug, Default)]
pub struct Options {
    /// Where cargo builds; `None` for the course's own `target/`.
    pub target_dir: Option<PathBuf>,
    /// The scenario seed for every exercise; `None` for a random one per test process.
    pub seed: Option<u64>,
    /// Build without debug info and incremental compilation, for a copy that only the grader
    /// builds (a class's copy): faster for each student, and nobody debugs it.
    pub lean: bool,
}

/// An exercise's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Solved,
    NotYet,
    DoesNotCompile,
    NeverFinishes,
    BlockedThread,
    TimedOut,
    TooMuchOutput,
    TooMuchMemory,
    Crashed,
}

impl Status {
    /// The words shown in the progress table.
    pub fn label(self) -> &'static str {
        match self {
            Self::Solved => "solved",
            Self::NotYet => "not yet",
            Self::DoesNotCompile => "does not compile",
            Self::NeverFinishes => "never finishes",
            Self::BlockedThread => "blocked the thread",
            Self::TimedOut => "timed out",
            Self::TooMuchOutput => "printed too much",
            Self::TooMuchMemory => "used too much memory",
            Self::Crashed => "crashed",
        }
    }
}

/// One exercise, graded.
#[derive(Clone, Debug)]
pub struct Graded {
    pub exercise: String,
    pub status: Status,
    /// Every check's report, sorted by check name.
    pub checks: Vec<CheckReport>,
    /// The compiler's errors, or what went wrong when the tests could not report.
    pub detail: Option<String>,
}

impl Graded {
    /// The first failed check, the one to show a learner.
    pub fn first_failure(&self) -> Option<&CheckReport> {
        self.checks.iter().find(|check| !check.passed)
    }

    /// The check whose times stand for the exercise: the first failed one that asserts a time,
    /// or else the first that asserts one.
    pub fn timed_check(&self) -> Option<&CheckReport> {
        let timed = |check: &&CheckReport| check.expected_ms.is_some();
        self.checks
            .iter()
            .filter(|check| !check.passed)
            .find(timed)
            .or_else(|| self.checks.iter().find(timed))
    }

    /// How many checks passed.
    pub fn passed(&self) -> usize {
        self.checks.iter().filter(|check| check.passed).count()
    }
}

/// Grades `exercises` of `course`: one build for all of them, then their tests, two at a time
/// on a two-core machine. The results come back in the order of `exercises`.
///
/// # Errors
/// An actionable sentence when the exercises could not be built at all.
pub fn grade(
    course: &Course,
    exercises: &[&Exercise],
    options: &Options,
) -> Result<Vec<Graded>, String> {
    let mut builds = compile::build(
        course,
        exercises,
        options.target_dir.as_deref(),
        options.lean,
    )?;
    let jobs: Vec<(&Exercise, Build)> = exercises
        .iter()
        .map(|exercise| {
            let build = builds
                .remove(&exercise.name)
                .unwrap_or(Build::Tests(Vec::new()));
            (*exercise, build)
        })
        .collect();
    let workers = std::thread::available_parallelism().map_or(2, usize::from);
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Graded>>> = Mutex::new(vec![None; jobs.len()]);
    std::thread::scope(|scope| {
        for _ in 0..workers.min(jobs.len()) {
            scope.spawn(|| {
                loop {
                    let index = next.fetch_add(1, Ordering::Relaxed);
                    let Some((exercise, build)) = jobs.get(index) else {
                        break;
                    };
                    let graded = match build {
                        Build::Failed(errors) => Graded {
                            exercise: exercise.name.clone(),
                            status: Status::DoesNotCompile,
                            checks: Vec::new(),
                            detail: Some(errors.clone()),
                        },
                        Build::Tests(binaries) => run_tests(course, exercise, binaries, options),
                    };
                    if let Ok(mut results) = results.lock() {
                        results[index] = Some(graded);
                    }
                }
            });
        }
    });
    Ok(results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect())
}

/// Runs an exercise's test binaries and reads their reports.
fn run_tests(
    course: &Course,
    exercise: &Exercise,
    binaries: &[PathBuf],
    options: &Options,
) -> Graded {
    let graded = |status, checks, detail: String| Graded {
        exercise: exercise.name.clone(),
        status,
        checks,
        detail: Some(detail),
    };
    let reports_dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => {
            let detail = format!("could not make a folder for the test reports: {error}");
            return graded(Status::Crashed, Vec::new(), detail);
        }
    };
    let mut trouble: Option<(Status, String)> = None;
    for binary in binaries {
        let mut command =
            test_command(binary, &course.root.join(&exercise.dir), reports_dir.path());
        command.env("CARGO_PKG_NAME", &exercise.name);
        if let Some(seed) = options.seed {
            command.env(timeline::SEED_VAR, seed.to_string());
        }
        match sandbox::run(&mut command, TEST_LIMITS) {
            Err(error) => {
                trouble = Some((
                    Status::Crashed,
                    format!("could not run {}: {error}", binary.display()),
                ));
            }
            Ok(outcome) if outcome.timed_out() => {
                let detail = format!(
                    "the tests were stopped after {} s of real time. Something in your code \
                     keeps the thread busy without end, such as a loop that never awaits.",
                    TEST_LIMITS.time.as_secs()
                );
                trouble = Some((Status::TimedOut, detail));
            }
            Ok(outcome) if outcome.stdout.dropped + outcome.stderr.dropped > 0 => {
                // The amount is left out: it varies with how the test threads interleave, and
                // the same answer must get the same words.
                let detail = format!(
                    "the tests printed more than the {} KiB allowed: remove the prints from your \
                     code, or print much less, and grade again.",
                    TEST_LIMITS.output >> 10
                );
                trouble = Some((Status::TooMuchOutput, detail));
            }
            Ok(outcome)
                if !outcome.success() && outcome.stderr.text().contains("memory allocation of") =>
            {
                let detail = format!(
                    "your code asked for more memory than the {} MiB allowed, and the tests \
                     were stopped: look for a collection that grows without end.",
                    MEMORY_KIB >> 10
                );
                trouble = Some((Status::TooMuchMemory, detail));
            }
            Ok(outcome) if !outcome.success() => {
                // Failed checks exit non-zero too; this is kept in case no report says why.
                let tail = tail_lines(&outcome.stderr.text(), 20);
                trouble
                    .get_or_insert((Status::Crashed, format!("the tests stopped early:\n{tail}")));
            }
            Ok(_) => {}
        }
    }
    let mut checks = report::read_dir(reports_dir.path()).unwrap_or_default();
    if let Some((Status::TimedOut | Status::TooMuchMemory | Status::TooMuchOutput, _)) = &trouble {
        // The tests were stopped part way: which of them had reported by then is down to thread
        // timing, and a grade must not be. The limit alone is the verdict.
        checks.clear();
    }
    let has = |kind: FailureKind| {
        checks
            .iter()
            .any(|check| check.failures.iter().any(|failure| failure.kind == kind))
    };
    let status = match &trouble {
        Some((limit @ (Status::TimedOut | Status::TooMuchMemory | Status::TooMuchOutput), _)) => {
            *limit
        }
        _ if has(FailureKind::BlockedThread) => Status::BlockedThread,
        _ if has(FailureKind::NeverFinished) => Status::NeverFinishes,
        _ if checks.iter().any(|check| !check.passed) => Status::NotYet,
        Some((status, _)) => *status,
        None if checks.is_empty() => {
            let detail = "the tests ran but reported no checks: was a test file changed? \
                          Restore it with `git checkout -- tests`"
                .to_owned();
            return graded(Status::Crashed, checks, detail);
        }
        None => Status::Solved,
    };
    let detail =
        trouble.and_then(|(trouble_status, detail)| (trouble_status == status).then_some(detail));
    Graded {
        exercise: exercise.name.clone(),
        status,
        checks,
        detail,
    }
}

/// A test binary run as `cargo test` would run it, reporting into `reports`, under a memory limit
/// that `sh`'s `ulimit` sets before it becomes the test binary.
fn test_command(binary: &Path, package_dir: &Path, reports: &Path) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        // Where the limit cannot be set (some systems refuse `-v`), the tests still run.
        .arg(format!(
            "ulimit -v {MEMORY_KIB} 2>/dev/null; exec \"$0\" \"$@\""
        ))
        .arg(binary)
        // Prints go straight to the capped pipe: captured, libtest would keep them in memory.
        .args(["--quiet", "--nocapture"])
        .current_dir(package_dir)
        .env(REPORT_DIR_VAR, reports)
        // The reports carry the messages; backtraces would only fill the captured output.
        .env("RUST_BACKTRACE", "0");
    command
}

/// The last `count` lines of `text`.
fn tail_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}
