//! Every kind of answer gets its own verdict from the real `checker` binary, within seconds, and
//! nothing hangs. The broken answers are files under `tests/fixtures/`; each is placed in a copy
//! of the course and graded with `checker run together --format json`.

mod common;

use std::time::{Duration, Instant};

use checker::engine::verdict::Status;
use checker::views::json::GradeDocument;
use common::CourseCopy;

/// Stands for exercise 01's learner file as shipped.
const SHIPPED: &str = "exercise 01 as shipped";

/// Places `answer` (a path in the course, or [`SHIPPED`]) as exercise 01's file, grades it with the binary, and
/// returns its status and the text a learner would read.
fn grade_answer(copy: &CourseCopy, answer: &str) -> (Status, String) {
    let contents = if answer == SHIPPED {
        let together = &copy.pristine.exercises[0];
        common::shipped_file(&copy.pristine, together).expect("exercise 01 is recorded")
    } else {
        std::fs::read(copy.pristine.root.join(answer)).expect("the answer exists")
    };
    std::fs::write(
        copy.course().root.join("exercises/01_together/src/lib.rs"),
        contents,
    )
    .expect("the copy is writable");
    let (_, stdout, stderr) = copy.checker(&["run", "together", "--format", "json"], "");
    let document: GradeDocument = serde_json::from_str(&stdout)
        .unwrap_or_else(|error| panic!("{answer}: no JSON ({error}):\n{stdout}\n{stderr}"));
    let result = &document.exercises[0];
    let text = result
        .checks
        .iter()
        .find(|check| !check.passed)
        .map(|check| check.message.clone())
        .or(result.detail.clone())
        .unwrap_or_default();
    (result.status, text)
}

#[test]
fn each_kind_of_answer_gets_its_own_verdict_within_seconds() {
    let copy = CourseCopy::new();
    let fixtures = "checker/cli/tests/fixtures/01_together";
    let cases = [
        ("solutions/01_together.rs".to_owned(), Status::Solved, ""),
        (
            SHIPPED.to_owned(),
            Status::NotYet,
            "they ran one after another",
        ),
        (
            format!("{fixtures}/blocks_thread.rs"),
            Status::BlockedThread,
            "blocked the runtime's only thread",
        ),
        (
            format!("{fixtures}/blocks_briefly.rs"),
            Status::BlockedThread,
            "blocked the runtime's only thread",
        ),
        (
            format!("{fixtures}/never_finishes.rs"),
            Status::NeverFinishes,
            "never finished",
        ),
        (
            format!("{fixtures}/panics.rs"),
            Status::NotYet,
            "Replace the `todo!()`",
        ),
        (
            format!("{fixtures}/does_not_compile.rs"),
            Status::DoesNotCompile,
            "error[E0728]",
        ),
        (
            format!("{fixtures}/forges_its_reports.rs"),
            Status::NotAllowed,
            "line 7: `std::env::var_os` reads the environment",
        ),
    ];
    for (answer, status, words) in cases {
        let start = Instant::now();
        let (graded, text) = grade_answer(&copy, &answer);
        assert_eq!(graded, status, "{answer}:\n{text}");
        assert!(
            text.contains(words),
            "{answer}: the message lacks {words:?}:\n{text}"
        );
        // Blocking costs the watchdog's two seconds per check, on two threads.
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{answer} took {:?}",
            start.elapsed()
        );
    }
}

#[test]
fn a_failed_check_shows_its_lesson_without_the_harness_frames() {
    let copy = CourseCopy::new();
    // The copy's own build settings, so cargo reuses what the grading copy built.
    let output = std::process::Command::new(env!("CARGO"))
        .args(["test", "--quiet", "-p", "together"])
        .current_dir(&copy.course().root)
        .env("CARGO_TARGET_DIR", copy.target_dir())
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_INCREMENTAL", "0")
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("cargo runs");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(!output.status.success(), "exercise 01 fails as shipped");
    assert!(text.contains("they ran one after another"), "{text}");
    assert!(!text.contains("stack backtrace"), "{text}");
    assert!(!text.contains("panicked at"), "{text}");
}
