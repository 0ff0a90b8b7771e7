//! The contributor's commands, run as a contributor runs them: `dev check` on the course and on
//! copies with one piece missing, and `dev new` on a copy.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;

use checker::engine::copy::GradingCopy;
use checker::engine::course::Course;

/// The course root, and the git folder whose object store holds the shipped learner files.
fn course_and_git() -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the course root exists");
    let git = Command::new("git")
        .current_dir(&root)
        .args(["rev-parse", "--absolute-git-dir"])
        .output()
        .expect("git runs");
    let git = PathBuf::from(String::from_utf8_lossy(&git.stdout).trim());
    (root, git)
}

/// A fresh grading copy of the course, to break one piece of it. It stays locked, and so
/// unchanged by anything else, while the test holds it.
fn copy_of_course(name: &str) -> GradingCopy {
    let (root, _) = course_and_git();
    let pristine = Course::load(&root).expect("the course's exercises are readable");
    let work = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("dev")
        .join(name);
    GradingCopy::open(&pristine, &work).expect("the course can be copied")
}

/// Every file below `dir`, relative to it.
fn files(dir: &Path) -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.insert(path.strip_prefix(dir).expect("below dir").to_owned());
            }
        }
    }
    found
}

/// Runs the checker's `args` on the course at `root`, and returns its exit status and output.
fn checker(root: &Path, args: &[&str]) -> (i32, String) {
    let (_, git) = course_and_git();
    let output = Command::new(env!("CARGO_BIN_EXE_checker"))
        .args(args)
        .arg("--root")
        .arg(root)
        // The copy has no git folder of its own: the course's holds the shipped files.
        .env("GIT_DIR", git)
        .env("NO_COLOR", "1")
        .output()
        .expect("the checker runs");
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.code().unwrap_or(-1), text)
}

#[test]
fn dev_check_passes_on_the_course() {
    let held = copy_of_course("intact");
    let copy = &held.course().root;
    let (status, out) = checker(copy, &["dev", "check"]);
    assert_eq!(status, 0, "{out}");
    assert!(out.contains("Every convention holds"), "{out}");
}

#[test]
fn dev_check_names_a_missing_chapter() {
    let held = copy_of_course("no_chapter");
    let copy = &held.course().root;
    std::fs::remove_file(copy.join("book/src/02_dashboard.md")).expect("removed");
    let (status, out) = checker(copy, &["dev", "check"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("02_dashboard has no chapter: write book/src/02_dashboard.md"),
        "{out}"
    );
    assert!(
        out.contains("book/src/SUMMARY.md lists 02_dashboard.md, which does not exist"),
        "{out}"
    );
}

#[test]
fn dev_check_names_a_missing_quiz() {
    let held = copy_of_course("no_quiz");
    let copy = &held.course().root;
    std::fs::remove_file(copy.join("book/src/quizzes/03_await_in_loop.toml")).expect("removed");
    let (status, out) = checker(copy, &["dev", "check"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("03_await_in_loop has no quiz: write book/src/quizzes/03_await_in_loop.toml"),
        "{out}"
    );
}

#[test]
fn dev_check_names_a_missing_solution() {
    let held = copy_of_course("no_solution");
    let copy = &held.course().root;
    std::fs::remove_file(copy.join("solutions/05_fail_fast.rs")).expect("removed");
    let (status, out) = checker(copy, &["dev", "check"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("05_fail_fast has no solution: write solutions/05_fail_fast.rs"),
        "{out}"
    );
}

#[test]
fn dev_check_names_a_missing_summary_line() {
    let held = copy_of_course("no_summary_line");
    let copy = &held.course().root;
    let summary = copy.join("book/src/SUMMARY.md");
    let text = std::fs::read_to_string(&summary).expect("readable");
    let kept: String = text
        .lines()
        .filter(|line| !line.contains("(07_parallel_then_sequential.md)"))
        .map(|line| format!("{line}\n"))
        .collect();
    std::fs::write(&summary, kept).expect("writable");
    let (status, out) = checker(copy, &["dev", "check"]);
    assert_eq!(status, 1, "{out}");
    assert!(
        out.contains("book/src/SUMMARY.md does not list 07_parallel_then_sequential.md"),
        "{out}"
    );
}

#[test]
fn dev_new_scaffolds_an_exercise_whose_gaps_dev_check_names() {
    let held = copy_of_course("new_exercise");
    let copy = &held.course().root;
    let before = files(copy);
    let (status, out) = checker(copy, &["dev", "new", "99_example"]);
    assert_eq!(status, 0, "{out}");
    let created: Vec<PathBuf> = files(copy).difference(&before).cloned().collect();
    assert_eq!(
        created,
        [
            "book/src/99_example.md",
            "book/src/quizzes/99_example.toml",
            "exercises/99_example/Cargo.toml",
            "exercises/99_example/exercise.toml",
            "exercises/99_example/src/lib.rs",
            "exercises/99_example/tests/example.rs",
        ]
        .map(PathBuf::from),
        "dev new only adds files"
    );

    let (status, out) = checker(copy, &["dev", "check"]);
    assert_eq!(status, 1, "{out}");
    for missing in [
        "99_example has no solution: write solutions/99_example.rs",
        "99_example has no alternative answer",
        "99_example has 0 hints",
        "book/src/quizzes/99_example.toml has 0 questions",
        "99_example has no timelines for the book",
        "exercises/shipped.toml has no entry for 99_example",
        "book/src/SUMMARY.md does not list 99_example.md",
        "README.md's table of exercises has no row for 99_example",
    ] {
        assert!(
            out.contains(missing),
            "dev check should say {missing:?}:\n{out}"
        );
    }

    // Taken numbers and names are refused, and so is a name that is not `NN_name`.
    let (status, out) = checker(copy, &["dev", "new", "99_other"]);
    assert_eq!(status, 2, "{out}");
    let (status, out) = checker(copy, &["dev", "new", "Example"]);
    assert_eq!(status, 2, "{out}");
    assert!(out.contains("`09_timeouts`"), "{out}");

    // Removing what it made leaves the course as it was.
    for file in &created {
        std::fs::remove_file(copy.join(file)).expect("removed");
    }
    std::fs::remove_dir_all(copy.join("exercises/99_example")).expect("removed");
    assert_eq!(files(copy), before);
}
