//! The adversarial corpus: every file under `tests/corpus/NN_name/` is one student's answer to
//! that exercise, and its first line says the verdict it must get (`//! Expect: not allowed`).
//! They are attacks on the grade (forged reports, early exits, the harness's internals, the
//! clock, other executors, other students' files, short blocks) and correct answers that are
//! not in `solutions/`. The real binary grades them as one class: every verdict must be the
//! declared one (no false positive, no false negative), and no file outside the grader's scratch
//! space may change. Unix only, like the class test: the memory limit is Unix's.
#![cfg(unix)]

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use common::{course_root, grade};

/// Each answer of the corpus: (exercise folder, file stem, expected status label, contents).
fn corpus() -> Vec<(String, String, String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut answers = Vec::new();
    for exercise in std::fs::read_dir(&dir)
        .expect("the corpus exists")
        .flatten()
    {
        let folder = exercise.file_name().to_string_lossy().into_owned();
        for file in std::fs::read_dir(exercise.path())
            .expect("an exercise's corpus is readable")
            .flatten()
        {
            let contents = std::fs::read(file.path()).expect("an answer is readable");
            let text = String::from_utf8_lossy(&contents);
            let expected = text
                .lines()
                .next()
                .and_then(|line| line.strip_prefix("//! Expect: "))
                .unwrap_or_else(|| {
                    panic!(
                        "{} must start with `//! Expect: <status>`",
                        file.path().display()
                    )
                })
                .to_owned();
            let stem = file
                .path()
                .file_stem()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            answers.push((folder.clone(), stem, expected, contents));
        }
    }
    answers.sort();
    answers
}

/// Every file under `dir` that git would see (target folders aside), with its contents.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(current) = pending.pop() {
        for entry in std::fs::read_dir(&current).expect("readable").flatten() {
            let path = entry.path();
            let name = entry.file_name();
            // Build output, git's own files and installed packages are not the course's.
            let output = current.ends_with("book") && name == "book";
            if output || name == "target" || name == ".git" || name == "node_modules" {
                continue;
            }
            if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
                pending.push(path);
            } else if let Ok(contents) = std::fs::read(&path) {
                found.insert(path, contents);
            }
        }
    }
    found
}

#[test]
fn every_attack_and_every_unusual_correct_answer_gets_its_declared_verdict() {
    let answers = corpus();
    assert!(
        answers.len() >= 40,
        "the corpus holds {} answers",
        answers.len()
    );
    let work = Path::new(env!("CARGO_TARGET_TMPDIR")).join("corpus");
    let _ = std::fs::remove_dir_all(&work);
    let submissions = work.join("submissions");
    for (exercise, stem, _, contents) in &answers {
        let file = submissions
            .join(format!("{exercise}--{stem}"))
            .join("exercises")
            .join(exercise)
            .join("src/lib.rs");
        std::fs::create_dir_all(file.parent().expect("a folder")).expect("writable");
        std::fs::write(&file, contents).expect("writable");
    }
    let course_before = tree(&course_root());
    let submissions_before = tree(&submissions);

    let out = work.join("results");
    let results = grade(&submissions, &out);

    let mut wrong = Vec::new();
    for (exercise, stem, expected, _) in &answers {
        let student = format!("{exercise}--{stem}");
        let result = results
            .students
            .iter()
            .find(|result| result.student == student)
            .and_then(|result| {
                result.exercises.iter().find(|scored| {
                    scored
                        .result
                        .file
                        .contains(&format!("exercises/{exercise}/"))
                })
            })
            .unwrap_or_else(|| panic!("{student} has a result for {exercise}"));
        let got = result.result.status.label();
        if got != expected {
            wrong.push(format!(
                "{exercise}/{stem}.rs: expected {expected}, got {got}\n{}",
                result.result.detail.clone().unwrap_or_default()
            ));
        }
    }
    assert!(
        wrong.is_empty(),
        "{} wrong verdicts:\n\n{}",
        wrong.len(),
        wrong.join("\n\n")
    );

    // Nothing outside the grader's scratch space changed: not the course, not the submissions.
    assert!(
        tree(&course_root()) == course_before,
        "grading changed the course's files"
    );
    assert!(
        tree(&submissions) == submissions_before,
        "grading changed a submission"
    );
}
