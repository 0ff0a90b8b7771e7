//! Grading a class as an instructor does: the real binary on a folder holding one submission of
//! each kind (made by `.ci/class-fixture`), twice. Every submission gets its own verdict, the
//! batch completes, tampering changes nothing, and the second grading writes identical files.
//! The fixture generator is a bash script and the memory limit is Unix's, so this runs on Unix.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use checker::commands::class::SCHEMA;
use checker::commands::class::submission::Kind;
use checker::engine::verdict::Status;
use common::{course_root, grade};

/// Every file under `dir`, relative, with its contents.
fn files(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current)
            .expect("the output is readable")
            .flatten()
        {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let relative = path.strip_prefix(dir).expect("under dir").to_owned();
                found.insert(relative, std::fs::read(&path).expect("readable"));
            }
        }
    }
    found
}

#[test]
fn a_class_of_every_kind_of_submission_is_graded_fairly_and_safely() {
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("class-test");
    let _ = std::fs::remove_dir_all(&work);
    let submissions = work.join("submissions");
    let made = Command::new("bash")
        .arg(course_root().join(".ci/class-fixture"))
        .arg(&submissions)
        .status()
        .expect("bash runs the fixture generator");
    assert!(made.success(), "the fixture generator failed");

    let results = grade(&submissions, &work.join("first"));
    assert_eq!(results.schema, SCHEMA);
    assert_eq!(results.students.len(), 17, "one result per submission");
    let student = |name: &str| {
        results
            .students
            .iter()
            .find(|student| student.student == name)
            .unwrap_or_else(|| panic!("{name} has a result"))
    };
    let first_exercise = |name: &str| student(name).exercises[0].result.status;

    // Each kind of answer in exercise 01 gets its own verdict.
    let verdicts = [
        ("solved", Status::Solved),
        ("unsolved", Status::NotYet),
        ("does_not_compile", Status::DoesNotCompile),
        ("panics", Status::NotYet),
        ("never_finishes", Status::NeverFinishes),
        ("blocks_thread", Status::BlockedThread),
        ("loops_forever", Status::BlockedThread),
        ("prints_a_lot", Status::TooMuchOutput),
        ("allocates", Status::TooMuchMemory),
        ("spawns_a_process", Status::NotAllowed),
        ("tampered", Status::NotYet),
        ("symlink_outside", Status::NotYet),
        ("odd_names", Status::Solved),
    ];
    for (name, status) in verdicts {
        assert_eq!(first_exercise(name), status, "{name}");
    }
    assert!(
        student("panics").exercises[0]
            .result
            .explanation()
            .contains("Your code panicked")
    );
    assert_eq!(student("solved").score, results.max_score);
    assert_eq!(student("empty").kind, Kind::Empty);
    assert_eq!(student("not_a_course").kind, Kind::NotACourse);
    assert_eq!(student("empty").score, 0.0);
    assert_eq!(student("not_a_course").score, 0.0);

    // Tampering changes nothing: the edited tests, manifest and build script are listed and
    // ignored, and the grade is the unsolved course's.
    let tampered = student("tampered");
    assert_eq!(tampered.score, student("unsolved").score);
    for file in [
        "exercises/01_together/tests/together.rs",
        "exercises/01_together/build.rs",
        "exercises/01_together/Cargo.toml",
    ] {
        assert!(
            tampered.ignored.iter().any(|ignored| ignored == file),
            "{file}"
        );
    }
    // A link is never followed; a missing file is graded as shipped; odd names are listed.
    assert!(student("symlink_outside").notes[0].contains("symbolic link"));
    assert!(student("missing_file").notes[0].contains("missing"));
    assert!(
        student("odd_names")
            .ignored
            .iter()
            .any(|file| file.ends_with("notes.rs"))
    );
    // GitHub Classroom's reporter, as it sums our autograding results: its console prints the
    // sum of the passing tests' scores, and it sends Classroom the sum of every test's score.
    // Both are the gradebook's total, exactly, with no floating-point tail.
    let csv = String::from_utf8(
        std::fs::read(work.join("first/gradebook.csv")).expect("gradebook.csv is written"),
    )
    .expect("the gradebook is UTF-8");
    for student in &results.students {
        let json = std::fs::read(work.join(format!("first/autograding/{}.json", student.student)))
            .expect("each student has an autograding result");
        let reported: serde_json::Value = serde_json::from_slice(&json).expect("it is JSON");
        let tests = reported["tests"].as_array().expect("it lists tests");
        let score = |test: &serde_json::Value| test["score"].as_f64().expect("a score");
        // As JavaScript's `reduce((sum, test) => sum + test.score, 0)` adds them, from 0.
        let passing = tests
            .iter()
            .filter(|test| test["status"] == "pass")
            .map(score)
            .fold(0.0, |sum, points| sum + points);
        let sent = tests
            .iter()
            .map(score)
            .fold(0.0, |sum, points| sum + points);
        let possible = tests
            .iter()
            .map(|test| test["max_score"].as_f64().expect("a max score"))
            .fold(0.0, |sum, points| sum + points);
        let name = &student.student;
        assert_eq!(passing.to_string(), student.score.to_string(), "{name}");
        assert_eq!(sent.to_string(), student.score.to_string(), "{name}");
        assert_eq!(
            possible.to_string(),
            student.max_score.to_string(),
            "{name}"
        );
        assert!(tests.iter().all(|test| test["line_no"] == 0), "{name}");
        let row = csv
            .lines()
            .find(|line| line.starts_with(&format!("{name},")))
            .expect("a row per student");
        let total = row.split(',').rev().nth(1).expect("a total column");
        assert_eq!(total, student.score.to_string(), "{name}");
    }
    assert!(student("half_solved").score > 0.0 && student("half_solved").score < results.max_score);

    // Every output is there, and grading again gives identical files.
    let first = files(&work.join("first"));
    for expected in [
        "results.json",
        "gradebook.csv",
        "junit.xml",
        "feedback/solved.md",
    ] {
        assert!(
            first.contains_key(Path::new(expected)),
            "{expected} is written"
        );
    }
    assert_eq!(
        first
            .keys()
            .filter(|path| path.starts_with("autograding"))
            .count(),
        17
    );
    // Each timeline picture sits beside the feedback that shows it.
    let pictures: Vec<&PathBuf> = first
        .keys()
        .filter(|path| path.extension().is_some_and(|ext| ext == "svg"))
        .collect();
    assert!(!pictures.is_empty(), "the failures' timelines are drawn");
    for picture in pictures {
        let name = picture.file_name().expect("a file").to_string_lossy();
        let shown_in = first.iter().any(|(path, contents)| {
            path.parent() == picture.parent()
                && String::from_utf8_lossy(contents).contains(&format!("]({name})"))
        });
        assert!(shown_in, "{name} is shown by a feedback file beside it");
        assert!(first[picture].starts_with(b"<svg "), "{name} is a picture");
    }
    grade(&submissions, &work.join("second"));
    let second = files(&work.join("second"));
    assert_eq!(
        first.keys().collect::<Vec<_>>(),
        second.keys().collect::<Vec<_>>()
    );
    for (path, contents) in &first {
        assert!(
            second[path] == *contents,
            "{} differs between two gradings",
            path.display()
        );
    }
}
