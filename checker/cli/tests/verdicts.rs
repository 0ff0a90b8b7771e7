//! Every kind of broken answer gets its own verdict from the checker, within seconds, and
//! nothing hangs. The answers are files under `tests/fixtures/`, graded in a copy of the course.

mod common;

use std::path::Path;
use std::time::{Duration, Instant};

use checker::grade::Status;
use common::CourseCopy;

/// Grades the fixture `file` as exercise 01's answer and returns its status and the text a
/// learner would read.
fn grade_fixture(copy: &CourseCopy, file: &str) -> (Status, String) {
    let exercise = copy
        .pristine
        .exercise("together")
        .expect("exercise 01 exists");
    let fixture = Path::new("checker/cli/tests/fixtures/01_together").join(file);
    let graded = copy.grade(&[(exercise, Some(&fixture))]).remove(0);
    let text = graded
        .first_failure()
        .map(|check| check.message.clone())
        .or(graded.detail.clone())
        .unwrap_or_default();
    (graded.status, text)
}

#[test]
fn each_broken_answer_gets_its_own_verdict_within_seconds() {
    let copy = CourseCopy::new("verdicts");
    let cases = [
        (
            "blocks_thread.rs",
            Status::BlockedThread,
            "blocked the runtime's only thread",
        ),
        ("never_finishes.rs", Status::NeverFinishes, "never finished"),
        ("panics.rs", Status::NotYet, "Replace the `todo!()`"),
        (
            "does_not_compile.rs",
            Status::DoesNotCompile,
            "error[E0728]",
        ),
    ];
    for (file, status, words) in cases {
        let start = Instant::now();
        let (graded, text) = grade_fixture(&copy, file);
        assert_eq!(graded, status, "{file}:\n{text}");
        assert!(
            text.contains(words),
            "{file}: the message lacks {words:?}:\n{text}"
        );
        // Blocking costs the watchdog's two seconds per check, on two threads.
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{file} took {:?}",
            start.elapsed()
        );
    }
}
