//! Each check's result as a JSON file, so that the checker reads structured results instead of
//! scraping the test runner's human output. This is schema version [`SCHEMA_VERSION`]; the
//! checker reads these files with the very same types.

use std::fmt::Write as _;
use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::draw::draw;
use crate::trace::Trace;

/// When this environment variable names a directory, every check writes its report there.
pub const REPORT_DIR_VAR: &str = "ASYNCLINGS_REPORT";

/// A secret the checker gives each test process it starts; every report carries it back, and
/// the checker counts no report without it. The learner's code cannot read the environment (the
/// checker's integrity check refuses `std::env`), so it cannot sign a report of its own.
pub const REPORT_TOKEN_VAR: &str = "ASYNCLINGS_REPORT_TOKEN";

/// The version of [`CheckReport`]'s layout. It changes only when a field changes meaning or
/// goes away; new optional fields keep it.
pub const SCHEMA_VERSION: u32 = 1;

/// What kind of mistake a failure is. Each exercise's self-check says which kinds its shipped
/// file must fail with, so the course knows it fails for the intended reason.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FailureKind {
    /// The returned value is wrong, or in the wrong order.
    Value,
    /// The run took the wrong virtual time.
    Timing,
    /// Something started or ended at the wrong moment relative to something else.
    Ordering,
    /// A task was called the wrong number of times.
    Calls,
    /// A task whose result could no longer be used ran on instead of being cancelled, or was left
    /// running in the background when the code returned.
    Cancellation,
    /// The code panicked.
    Panicked,
    /// The code was still waiting at the virtual deadline.
    NeverFinished,
    /// The code blocked the runtime's thread.
    BlockedThread,
}

/// One thing that went wrong, in plain words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Failure {
    pub kind: FailureKind,
    pub message: String,
}

/// The result of one check of one exercise.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckReport {
    pub schema: u32,
    /// The exercise's package name.
    pub exercise: String,
    /// The check's name, as the test calls it.
    pub check: String,
    pub passed: bool,
    /// Empty when the check passed.
    pub failures: Vec<Failure>,
    /// The virtual time the run should take, when the check asserts one.
    pub expected_ms: Option<u64>,
    /// Why it should take that long, in words ("the slower task alone").
    #[serde(default)]
    pub expected_why: Option<String>,
    /// The virtual time the run took.
    pub measured_ms: u64,
    /// The wall-clock time the run took.
    pub wall_ms: u64,
    /// The seed that replays this check's scenario.
    pub seed: u64,
    pub trace: Trace,
    /// The whole teaching message, as the test prints it.
    pub message: String,
    /// [`REPORT_TOKEN_VAR`]'s value, when the checker set one. The checker takes it off once it
    /// has compared it, so it appears in no output.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
}

/// Whether [`explain`] ends with the drawing of the run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Drawing {
    /// The whole message, as the test prints it: the timeline at the end.
    WithTimeline,
    /// Without it, for a view that draws the run itself (beside the expected one).
    WithoutTimeline,
}

/// The teaching message of a check: what went wrong in plain words, expected against measured
/// time and why, and the drawing of the run. The one renderer of a check's result: the test's
/// panic, the checker's views, the feedback files and JUnit all show this text.
pub fn explain(report: &CheckReport, drawing: Drawing) -> String {
    let mut out = String::new();
    let verdict = if report.passed { "passed" } else { "failed" };
    let _ = writeln!(
        out,
        "{}, check `{}`: {verdict}",
        report.exercise, report.check
    );
    for failure in &report.failures {
        let _ = writeln!(out, "\n{}", failure.message);
    }
    if let Some(expected) = report.expected_ms {
        let why = report
            .expected_why
            .as_deref()
            .map_or_else(String::new, |why| format!("  ({why})"));
        let _ = writeln!(out, "\nexpected: {expected:>6} ms{why}");
        let _ = writeln!(out, "measured: {:>6} ms", report.measured_ms);
    }
    if drawing == Drawing::WithTimeline {
        let _ = write!(
            out,
            "\nWhat ran when, in virtual time:\n{}",
            draw(&report.trace)
        );
    }
    out
}

/// A checker command spelled the way the README teaches it: `course_command("hint together")`
/// is `` `cargo course hint together` ``, with the backticks.
pub fn course_command(args: &str) -> String {
    if args.is_empty() {
        "`cargo course`".to_owned()
    } else {
        format!("`cargo course {args}`")
    }
}

/// Writes `report` into the directory named by [`REPORT_DIR_VAR`], when it is set.
pub fn write_if_asked(report: &CheckReport) {
    let Some(dir) = std::env::var_os(REPORT_DIR_VAR) else {
        return;
    };
    let path = Path::new(&dir).join(format!("{}.json", file_stem(&report.check)));
    let signed = CheckReport {
        token: std::env::var(REPORT_TOKEN_VAR).ok(),
        ..report.clone()
    };
    let written = serde_json::to_vec_pretty(&signed)
        .map_err(std::io::Error::other)
        .and_then(|json| std::fs::write(&path, json));
    if let Err(error) = written {
        eprintln!("could not write the report {}: {error}", path.display());
    }
}

/// Reads every report in `dir`, sorted by check name. Files that are not reports are skipped.
/// The reports keep their [`CheckReport::token`], for the caller to compare.
///
/// # Errors
/// When `dir` cannot be listed.
pub fn read_dir(dir: &Path) -> std::io::Result<Vec<CheckReport>> {
    let mut reports = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|ext| ext == "json")
            && let Ok(report) = serde_json::from_slice(&std::fs::read(&path)?)
        {
            reports.push(report);
        }
    }
    reports.sort_by(|a: &CheckReport, b| a.check.cmp(&b.check));
    Ok(reports)
}

/// A file name made of the check's letters, digits and underscores only.
fn file_stem(check: &str) -> String {
    check
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect()
}
