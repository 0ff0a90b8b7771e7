//! Each check's result as a JSON file, so that the checker reads structured results instead of
//! scraping the test runner's human output. This is schema version [`SCHEMA_VERSION`]; the
//! checker reads these files with the very same types.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::check::Failure;
use crate::trace::Trace;

/// When this environment variable names a directory, every check writes its report there.
pub const REPORT_DIR_VAR: &str = "ASYNCLINGS_REPORT";

/// The version of [`CheckReport`]'s layout. It changes only when a field changes meaning or
/// goes away; new optional fields keep it.
pub const SCHEMA_VERSION: u32 = 1;

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
    /// The virtual time the run took.
    pub measured_ms: u64,
    /// The wall-clock time the run took.
    pub wall_ms: u64,
    /// The seed that replays this check's scenario.
    pub seed: u64,
    pub trace: Trace,
    /// The whole teaching message, as the test prints it.
    pub message: String,
}

/// Writes `report` into the directory named by [`REPORT_DIR_VAR`], when it is set.
pub fn write_if_asked(report: &CheckReport) {
    let Some(dir) = std::env::var_os(REPORT_DIR_VAR) else {
        return;
    };
    let path = Path::new(&dir).join(format!("{}.json", file_stem(&report.check)));
    let written = serde_json::to_vec_pretty(report)
        .map_err(std::io::Error::other)
        .and_then(|json| std::fs::write(&path, json));
    if let Err(error) = written {
        eprintln!("could not write the report {}: {error}", path.display());
    }
}

/// Reads every report in `dir`, sorted by check name. Files that are not reports are skipped.
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
