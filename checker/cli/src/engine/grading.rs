//! Grading: build the test binaries, run each in a child process under limits, read the JSON
//! reports the harness writes, and hand all of it to [`verdict::decide`].

use std::collections::BTreeMap;
use std::hash::{BuildHasher as _, Hasher as _, RandomState};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use timeline::report::{self, CheckReport, REPORT_DIR_VAR, REPORT_TOKEN_VAR};

use crate::engine::compile::{self, Build, Target};
use crate::engine::course::{Course, Exercise};
use crate::engine::sandbox::{self, ProcessLimits};
use crate::engine::verdict::{self, Evidence, Graded, ProcessEnd};
use crate::error::Result;

/// What one exercise's tests may take. An honest run takes milliseconds; a thread-blocking one
/// is caught by the harness's watchdog within seconds; this limit is for the rest.
const TEST_LIMITS: ProcessLimits = ProcessLimits {
    time: Duration::from_secs(20),
    output: 1 << 20,
};

/// Listing a binary's tests runs none of them: it takes milliseconds.
const LIST_LIMITS: ProcessLimits = ProcessLimits {
    time: Duration::from_secs(10),
    output: 1 << 20,
};

/// The address space a test process may use, in KiB: a test binary with tokio needs a few
/// hundred MiB of it at most; code that allocates without bound stops here instead of taking the
/// machine's memory. Set with `ulimit` on Unix; Windows runs without it.
const MEMORY_KIB: u64 = 2 << 20;

/// Grades `exercises` of the learner's own `course`, in place, with `seed` for every scenario
/// (`None`: each test process draws its own): one build for all of them, then their tests. The
/// results come back in the order of `exercises`. A grading copy builds and runs the same two
/// steps, with its seal between them (see `GradingCopy::grade`).
///
/// # Errors
/// When the exercises could not be built at all.
pub fn grade_in_place(
    course: &Course,
    exercises: &[&Exercise],
    seed: Option<u64>,
) -> Result<Vec<Graded>> {
    let builds = compile::build(course, exercises, &Target::InPlace)?;
    Ok(run_builds(course, exercises, builds, seed))
}

/// Runs the tests of `builds`, two exercises at a time on a two-core machine, and decides each
/// verdict. The results come back in the order of `exercises`.
pub(crate) fn run_builds(
    course: &Course,
    exercises: &[&Exercise],
    mut builds: BTreeMap<String, Build>,
    seed: Option<u64>,
) -> Vec<Graded> {
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
                    let evidence = match build {
                        Build::Failed(errors) => Evidence::DidNotCompile(errors.clone()),
                        Build::Refused(refusals) => Evidence::NotAllowed(refusals.clone()),
                        Build::Tests(binaries) => run_tests(course, exercise, binaries, None, seed),
                    };
                    let graded = verdict::decide(&exercise.name, evidence);
                    if let Ok(mut results) = results.lock() {
                        results[index] = Some(graded);
                    }
                }
            });
        }
    });
    results
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// Runs an exercise's test binaries and gathers how each ended and what the checks reported.
/// With a `selection`, a binary holds the tests of many answers (see `engine::batch`): only the
/// tests whose names start with it are listed and run, known by their names without it.
pub(crate) fn run_tests(
    course: &Course,
    exercise: &Exercise,
    binaries: &[PathBuf],
    selection: Option<&str>,
    seed: Option<u64>,
) -> Evidence {
    let not_started = |why: String| Evidence::Ran {
        expected: Vec::new(),
        processes: vec![ProcessEnd::NotStarted(why)],
        reports: Vec::new(),
    };
    let reports_dir = match tempfile::tempdir() {
        Ok(dir) => dir,
        Err(error) => {
            return not_started(format!(
                "could not make a folder for the test reports: {error}"
            ));
        }
    };
    let token = report_token();
    let mut expected = Vec::new();
    let mut processes = Vec::new();
    for binary in binaries {
        match list_tests(binary) {
            Ok(names) => expected.extend(names.into_iter().filter_map(|name| {
                match selection {
                    None => Some(name),
                    Some(prefix) => name
                        .strip_prefix(prefix)
                        .and_then(|rest| rest.split_once("::"))
                        .map(|(_, test)| test.to_owned()),
                }
            })),
            Err(why) => return not_started(why),
        }
        let mut command =
            test_command(binary, &course.root.join(&exercise.dir), reports_dir.path());
        if let Some(prefix) = selection {
            // libtest runs the tests whose names contain this: the selected answer's only.
            command.arg(prefix);
        }
        command
            .env("CARGO_PKG_NAME", &exercise.name)
            .env(REPORT_TOKEN_VAR, &token);
        if let Some(seed) = seed {
            command.env(timeline::SEED_VAR, seed.to_string());
        }
        processes.push(match sandbox::run(command, TEST_LIMITS) {
            Err(error) => {
                ProcessEnd::NotStarted(format!("could not run {}: {error}", binary.display()))
            }
            Ok(outcome) if outcome.timed_out() => ProcessEnd::TimedOut {
                limit_secs: TEST_LIMITS.time.as_secs(),
            },
            Ok(outcome) if outcome.stdout.dropped + outcome.stderr.dropped > 0 => {
                ProcessEnd::TooMuchOutput {
                    limit_kib: TEST_LIMITS.output >> 10,
                }
            }
            Ok(outcome)
                if !outcome.success() && outcome.stderr.text().contains("memory allocation of") =>
            {
                ProcessEnd::TooMuchMemory {
                    limit_mib: MEMORY_KIB >> 10,
                }
            }
            Ok(outcome) if !outcome.success() => ProcessEnd::Failed {
                stderr_tail: tail_lines(&outcome.stderr.text(), 20),
            },
            Ok(_) => ProcessEnd::Passed,
        });
    }
    Evidence::Ran {
        expected,
        processes,
        reports: signed(
            report::read_dir(reports_dir.path()).unwrap_or_default(),
            &token,
        ),
    }
}

/// The reports that carry `token`, without it: only what the harness signed counts, and the
/// token goes no further than this comparison.
fn signed(reports: Vec<CheckReport>, token: &str) -> Vec<CheckReport> {
    reports
        .into_iter()
        .filter(|report| report.token.as_deref() == Some(token))
        .map(|report| CheckReport {
            token: None,
            ..report
        })
        .collect()
}

/// A fresh secret for one exercise's test processes: 128 bits from the keys std draws from the
/// operating system's randomness for its hash maps, so no dependency is needed for it.
fn report_token() -> String {
    let draw = || RandomState::new().build_hasher().finish();
    format!("{:016x}{:016x}", draw(), draw())
}

/// The tests `binary` holds, as libtest lists them without running any.
fn list_tests(binary: &Path) -> Result<Vec<String>, String> {
    let mut command = Command::new(binary);
    command.args(["--list", "--format", "terse"]);
    let listed = sandbox::run(command, LIST_LIMITS)
        .map_err(|error| format!("could not list the tests of {}: {error}", binary.display()))?;
    if !listed.success() {
        return Err(format!(
            "could not list the tests of {}: {}",
            binary.display(),
            listed.stderr.text().trim()
        ));
    }
    Ok(String::from_utf8_lossy(&listed.stdout.bytes)
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .map(str::to_owned)
        .collect())
}

/// A test binary run as `cargo test` would run it, reporting into `reports`, in a sandbox where
/// the machine has one: then the learner's code can write nowhere but the reports.
fn test_command(binary: &Path, package_dir: &Path, reports: &Path) -> Command {
    let mut command = memory_limited(binary);
    command
        // Prints go straight to the capped pipe: captured, libtest would keep them in memory.
        .args(["--quiet", "--nocapture"])
        .current_dir(package_dir)
        .env(REPORT_DIR_VAR, reports)
        // The reports carry the messages; backtraces would only fill the captured output.
        .env("RUST_BACKTRACE", "0");
    sandbox::isolated(&command, &[reports]).unwrap_or(command)
}

/// `binary` under a memory limit that `sh`'s `ulimit` sets before it becomes the test binary.
#[cfg(unix)]
fn memory_limited(binary: &Path) -> Command {
    let mut command = Command::new("sh");
    command
        .arg("-c")
        // Where the limit cannot be set (some systems refuse `-v`), the tests still run.
        .arg(format!(
            "ulimit -v {MEMORY_KIB} 2>/dev/null; exec \"$0\" \"$@\""
        ))
        .arg(binary);
    command
}

/// `binary` as it is: Windows has no `ulimit`, so code that allocates without bound is stopped
/// by the time limit instead.
#[cfg(not(unix))]
fn memory_limited(binary: &Path) -> Command {
    Command::new(binary)
}

/// The last `count` lines of `text`.
fn tail_lines(text: &str, count: usize) -> String {
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(count)..].join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use timeline::Trace;

    fn report(check: &str, token: Option<&str>) -> CheckReport {
        CheckReport {
            schema: report::SCHEMA_VERSION,
            exercise: "together".to_owned(),
            check: check.to_owned(),
            passed: true,
            failures: Vec::new(),
            expected_ms: None,
            expected_why: None,
            measured_ms: 0,
            wall_ms: 0,
            seed: 1,
            trace: Trace::new(Vec::new(), 0),
            message: String::new(),
            token: token.map(str::to_owned),
        }
    }

    #[test]
    fn only_reports_signed_with_the_token_count_and_the_token_is_dropped() {
        let token = report_token();
        let reports = vec![
            report("signed", Some(&token)),
            report("unsigned", None),
            report("guessed", Some("0123456789abcdef0123456789abcdef")),
        ];
        let kept = signed(reports, &token);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].check, "signed");
        assert_eq!(kept[0].token, None);
    }

    #[test]
    fn each_token_is_fresh() {
        assert_ne!(report_token(), report_token());
        assert_eq!(report_token().len(), 32);
    }
}
