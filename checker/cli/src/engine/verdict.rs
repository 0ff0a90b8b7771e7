//! The verdict: what the build, the test processes and the checks' reports of one exercise add
//! up to. A pure function, so that every status can be tested without running anything.

use serde::{Deserialize, Serialize};
use timeline::FailureKind;
use timeline::report::CheckReport;

/// An exercise's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Solved,
    NotYet,
    DoesNotCompile,
    /// The integrity check refused the file: it names something no exercise may use.
    NotAllowed,
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
            Self::NotAllowed => "not allowed",
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

    /// The failed check that stands for the exercise: the one called `preferred` (the check
    /// whose timelines the book draws) when it failed, or else the failed check with the
    /// smallest run, whose timeline is the easiest to read (three ids before fifty).
    pub fn lesson(&self, preferred: &str) -> Option<&CheckReport> {
        let failed = || self.checks.iter().filter(|check| !check.passed);
        failed()
            .find(|check| check.check == preferred)
            .or_else(|| failed().min_by_key(|check| check.trace.events.len()))
    }

    /// The check whose times stand for the exercise, by the same rule as [`Graded::lesson`]
    /// among the checks that assert a time, or else the first that asserts one: the table's
    /// times are then those of the check the focus below it explains.
    pub fn timed_check(&self, preferred: &str) -> Option<&CheckReport> {
        let timed = |check: &&CheckReport| check.expected_ms.is_some();
        let failed = || {
            self.checks
                .iter()
                .filter(|check| !check.passed)
                .filter(timed)
        };
        failed()
            .find(|check| check.check == preferred)
            .or_else(|| failed().min_by_key(|check| check.trace.events.len()))
            .or_else(|| self.checks.iter().find(timed))
    }

    /// How many checks passed.
    pub fn passed(&self) -> usize {
        self.checks.iter().filter(|check| check.passed).count()
    }
}

/// How one test process ended, as far as the verdict cares.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProcessEnd {
    /// It exited with success.
    Passed,
    /// It exited with a failure; the last lines it printed on stderr. Failed checks end this way
    /// too, so this matters only when no report says why.
    Failed { stderr_tail: String },
    /// It could not be started: why.
    NotStarted(String),
    /// It was stopped at the time limit, after this many seconds.
    TimedOut { limit_secs: u64 },
    /// It printed more than the limit, in KiB.
    TooMuchOutput { limit_kib: usize },
    /// It ran out of the memory allowed, in MiB.
    TooMuchMemory { limit_mib: u64 },
}

/// What is known about one exercise once its tests have been built, and run if they built.
#[derive(Clone, Debug)]
pub enum Evidence {
    /// The compiler's errors, trimmed.
    DidNotCompile(String),
    /// What the integrity check refused in the learner's file, one line each; nothing was built.
    NotAllowed(String),
    /// The checks the test binaries hold (their tests, listed without running them), how each
    /// test process ended, and every report found.
    Ran {
        expected: Vec<String>,
        processes: Vec<ProcessEnd>,
        reports: Vec<CheckReport>,
    },
}

/// The verdict on `exercise`, from `evidence`.
pub fn decide(exercise: &str, evidence: Evidence) -> Graded {
    let graded = |status, checks, detail| Graded {
        exercise: exercise.to_owned(),
        status,
        checks,
        detail,
    };
    let (expected, processes, reports) = match evidence {
        Evidence::DidNotCompile(errors) => {
            return graded(Status::DoesNotCompile, Vec::new(), Some(errors));
        }
        Evidence::NotAllowed(refusals) => {
            return graded(Status::NotAllowed, Vec::new(), Some(refusals));
        }
        Evidence::Ran {
            expected,
            processes,
            reports,
        } => (expected, processes, reports),
    };
    // A limit is the verdict on its own: the tests were stopped part way, and which of them had
    // reported by then is down to thread timing, which a grade must not be.
    if let Some((status, detail)) = processes.iter().find_map(limit) {
        return graded(status, Vec::new(), Some(detail));
    }
    // Only the checks the binaries hold count: a report for anything else was not written by
    // one of the course's tests.
    let checks: Vec<CheckReport> = reports
        .into_iter()
        .filter(|report| expected.contains(&report.check))
        .collect();
    // Each check reports once: a second report for the same check was not the harness's.
    if let Some(twice) = checks
        .iter()
        .enumerate()
        .find(|(index, check)| {
            checks[..*index]
                .iter()
                .any(|seen| seen.check == check.check)
        })
        .map(|(_, check)| check.check.clone())
    {
        let detail = format!(
            "the check `{twice}` reported more than once: something besides the course's tests \
             wrote its result, so none of this exercise's results can be trusted."
        );
        return graded(Status::Crashed, Vec::new(), Some(detail));
    }
    let missing: Vec<&str> = expected
        .iter()
        .filter(|name| !checks.iter().any(|check| check.check == **name))
        .map(String::as_str)
        .collect();
    if !missing.is_empty() && !checks.is_empty() {
        let detail = format!(
            "these checks never reported a result: `{}`. The test process ended before they \
             finished: does your code end the process (`std::process::exit`, an abort)?",
            missing.join("`, `")
        );
        return graded(Status::Crashed, checks, Some(detail));
    }
    let has = |kind: FailureKind| {
        checks
            .iter()
            .any(|check| check.failures.iter().any(|failure| failure.kind == kind))
    };
    if has(FailureKind::BlockedThread) {
        return graded(Status::BlockedThread, checks, None);
    }
    if has(FailureKind::NeverFinished) {
        return graded(Status::NeverFinishes, checks, None);
    }
    if checks.iter().any(|check| !check.passed) {
        return graded(Status::NotYet, checks, None);
    }
    // Every check that reported passed: the processes must agree.
    if let Some(detail) = processes.iter().find_map(|end| match end {
        ProcessEnd::NotStarted(why) => Some(why.clone()),
        ProcessEnd::Failed { stderr_tail } => {
            Some(format!("the tests stopped early:\n{stderr_tail}"))
        }
        _ => None,
    }) {
        return graded(Status::Crashed, checks, Some(detail));
    }
    if checks.is_empty() {
        return graded(
            Status::Crashed,
            checks,
            Some(
                "the tests ran, but no check reported a result: the test process ended before \
                 any check finished. Does your code end the process (`std::process::exit`, an \
                 abort)?"
                    .to_owned(),
            ),
        );
    }
    graded(Status::Solved, checks, None)
}

/// The status and the explanation of a process stopped at a limit.
fn limit(end: &ProcessEnd) -> Option<(Status, String)> {
    match end {
        ProcessEnd::TimedOut { limit_secs } => Some((
            Status::TimedOut,
            format!(
                "the tests were stopped after {limit_secs} s of real time. Something in your \
                 code keeps the thread busy without end, such as a loop that never awaits."
            ),
        )),
        // The amount printed is left out: it varies with how the test threads interleave, and
        // the same answer must get the same words.
        ProcessEnd::TooMuchOutput { limit_kib } => Some((
            Status::TooMuchOutput,
            format!(
                "the tests printed more than the {limit_kib} KiB allowed: remove the prints from \
                 your code, or print much less, and grade again."
            ),
        )),
        ProcessEnd::TooMuchMemory { limit_mib } => Some((
            Status::TooMuchMemory,
            format!(
                "your code asked for more memory than the {limit_mib} MiB allowed, and the \
                 tests were stopped: look for a collection that grows without end."
            ),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use timeline::{Failure, Trace};

    fn report(check: &str, failure: Option<FailureKind>) -> CheckReport {
        CheckReport {
            schema: timeline::report::SCHEMA_VERSION,
            exercise: "together".to_owned(),
            check: check.to_owned(),
            passed: failure.is_none(),
            failures: failure
                .map(|kind| Failure {
                    kind,
                    message: "wrong".to_owned(),
                })
                .into_iter()
                .collect(),
            expected_ms: Some(1000),
            expected_why: Some("the slower task alone".to_owned()),
            measured_ms: 1000,
            wall_ms: 0,
            seed: 1,
            trace: Trace::new(Vec::new(), 1000),
            message: String::new(),
            token: None,
        }
    }

    /// Grades `reports` from tests that hold exactly the checks reported, unless none is.
    fn ran(processes: Vec<ProcessEnd>, reports: Vec<CheckReport>) -> Graded {
        let expected = reports.iter().map(|report| report.check.clone()).collect();
        decide(
            "together",
            Evidence::Ran {
                expected,
                processes,
                reports,
            },
        )
    }

    fn failed() -> ProcessEnd {
        ProcessEnd::Failed {
            stderr_tail: "thread panicked".to_owned(),
        }
    }

    #[test]
    fn every_check_passed_and_every_process_succeeded_is_solved() {
        let graded = ran(vec![ProcessEnd::Passed], vec![report("a", None)]);
        assert_eq!(graded.status, Status::Solved);
        assert_eq!(graded.detail, None);
    }

    #[test]
    fn a_failed_check_is_not_yet() {
        let reports = vec![report("a", None), report("b", Some(FailureKind::Timing))];
        let graded = ran(vec![failed()], reports);
        assert_eq!(graded.status, Status::NotYet);
        assert_eq!(graded.checks.len(), 2);
    }

    #[test]
    fn a_build_failure_does_not_compile() {
        let graded = decide(
            "together",
            Evidence::DidNotCompile("error[E0728]".to_owned()),
        );
        assert_eq!(graded.status, Status::DoesNotCompile);
        assert_eq!(graded.detail.as_deref(), Some("error[E0728]"));
    }

    #[test]
    fn a_blocked_thread_outranks_other_failures() {
        let reports = vec![
            report("a", Some(FailureKind::Timing)),
            report("b", Some(FailureKind::BlockedThread)),
            report("c", Some(FailureKind::NeverFinished)),
        ];
        assert_eq!(ran(vec![failed()], reports).status, Status::BlockedThread);
    }

    #[test]
    fn code_still_waiting_at_the_deadline_never_finishes() {
        let reports = vec![
            report("a", Some(FailureKind::NeverFinished)),
            report("b", Some(FailureKind::Value)),
        ];
        assert_eq!(ran(vec![failed()], reports).status, Status::NeverFinishes);
    }

    #[test]
    fn each_limit_is_the_verdict_and_drops_the_reports() {
        let cases = [
            (
                ProcessEnd::TimedOut { limit_secs: 20 },
                Status::TimedOut,
                "20 s",
            ),
            (
                ProcessEnd::TooMuchOutput { limit_kib: 1024 },
                Status::TooMuchOutput,
                "1024 KiB",
            ),
            (
                ProcessEnd::TooMuchMemory { limit_mib: 2048 },
                Status::TooMuchMemory,
                "2048 MiB",
            ),
        ];
        for (end, status, words) in cases {
            let reports = vec![report("a", None), report("b", Some(FailureKind::Timing))];
            let graded = ran(vec![ProcessEnd::Passed, end], reports);
            assert_eq!(graded.status, status);
            assert!(graded.checks.is_empty(), "{status:?} keeps no reports");
            let detail = graded.detail.unwrap_or_default();
            assert!(detail.contains(words), "{detail}");
        }
    }

    #[test]
    fn a_process_that_failed_while_every_report_passed_crashed() {
        let graded = ran(vec![failed()], vec![report("a", None)]);
        assert_eq!(graded.status, Status::Crashed);
        assert!(
            graded
                .detail
                .unwrap_or_default()
                .contains("thread panicked")
        );
    }

    #[test]
    fn a_process_that_could_not_start_crashed() {
        let graded = ran(
            vec![ProcessEnd::NotStarted("no such file".to_owned())],
            Vec::new(),
        );
        assert_eq!(graded.status, Status::Crashed);
        assert!(graded.detail.unwrap_or_default().contains("no such file"));
    }

    #[test]
    fn a_check_that_never_reported_is_a_crash_not_a_pass() {
        let graded = decide(
            "together",
            Evidence::Ran {
                expected: vec!["a".to_owned(), "b".to_owned()],
                processes: vec![ProcessEnd::Passed],
                reports: vec![report("a", None)],
            },
        );
        assert_eq!(graded.status, Status::Crashed);
        assert!(graded.detail.unwrap_or_default().contains("`b`"));
    }

    #[test]
    fn a_report_for_a_check_the_tests_do_not_hold_is_ignored() {
        let graded = decide(
            "together",
            Evidence::Ran {
                expected: vec!["a".to_owned()],
                processes: vec![failed()],
                reports: vec![
                    report("a", Some(FailureKind::Timing)),
                    report("forged", None),
                ],
            },
        );
        assert_eq!(graded.status, Status::NotYet);
        assert_eq!(graded.checks.len(), 1);
    }

    #[test]
    fn a_check_reported_twice_is_a_crash_and_counts_nothing() {
        let graded = ran(
            vec![ProcessEnd::Passed],
            vec![report("a", None), report("b", None), report("a", None)],
        );
        assert_eq!(graded.status, Status::Crashed);
        assert!(graded.checks.is_empty());
        assert!(
            graded
                .detail
                .unwrap_or_default()
                .contains("`a` reported more than once")
        );
    }

    #[test]
    fn a_refused_file_is_not_allowed() {
        let graded = decide(
            "together",
            Evidence::NotAllowed("line 2: `std::process::exit`".to_owned()),
        );
        assert_eq!(graded.status, Status::NotAllowed);
        assert!(graded.checks.is_empty());
    }

    #[test]
    fn tests_that_report_nothing_crashed() {
        let graded = ran(vec![ProcessEnd::Passed], Vec::new());
        assert_eq!(graded.status, Status::Crashed);
        assert!(
            graded
                .detail
                .unwrap_or_default()
                .contains("no check reported a result")
        );
    }
}
