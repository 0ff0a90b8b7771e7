//! `checker dev check`: every convention of the course, checked. Each problem is one sentence
//! that says what is missing and where it goes. `.ci/run` runs it; the self-check runs the same
//! rules (less the one about commits) on every `cargo test`.

use std::collections::BTreeSet;
use std::path::Path;
use std::process::ExitCode;

use anstream::println;

use crate::commands::Context;
use crate::commands::diagrams::Picture;
use crate::engine::course::{Course, Exercise, FAILS_WITH_LINE};
use crate::engine::shipped;
use crate::error::Result;

/// The fewest and most hints an exercise has: gentle, then clearer, then explicit.
const HINTS: usize = 3;
/// The fewest known wrong answers an exercise has, each a mistake its tests must catch.
const WRONG_ANSWERS: usize = 3;
/// The fewest and most questions a chapter's quiz has.
const QUESTIONS: std::ops::RangeInclusive<usize> = 3..=6;

/// Whether the committed learner files are held to the record of shipped files too. A
/// learner's clone may commit solved files, so only `dev check` (the contributor's and CI's
/// command) asks; the self-check in `cargo test` does not.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Commits {
    Checked,
    Ignored,
}

/// Prints every problem, or that there is none.
///
/// # Errors
/// Never for a problem found: those give exit status 1.
pub fn report(context: &Context) -> Result<ExitCode> {
    let problems = problems(&context.course, Commits::Checked);
    if problems.is_empty() {
        println!(
            "Every convention holds for the {} exercises.",
            context.course.exercises.len()
        );
        return Ok(ExitCode::SUCCESS);
    }
    for problem in &problems {
        println!("- {problem}");
    }
    println!(
        "\n{} problem{}; CONTRIBUTING.md describes each convention.",
        problems.len(),
        if problems.len() == 1 { "" } else { "s" }
    );
    Ok(ExitCode::FAILURE)
}

/// Everything that breaks a convention of `course`, one sentence each.
pub fn problems(course: &Course, commits: Commits) -> Vec<String> {
    let mut problems = Vec::new();
    for exercise in &course.exercises {
        exercise_problems(course, exercise, commits, &mut problems);
    }
    summary_problems(course, &mut problems);
    stray_files(course, &mut problems);
    problems
}

fn exercise_problems(
    course: &Course,
    exercise: &Exercise,
    commits: Commits,
    problems: &mut Vec<String>,
) {
    let root = &course.root;
    let slug = exercise.slug();
    let chapter = exercise.chapter();
    match std::fs::read_to_string(root.join(&chapter)) {
        Err(_) => problems.push(format!(
            "{slug} has no chapter: write {} (`cargo course dev new` makes a stub)",
            chapter.display()
        )),
        Ok(text) => {
            let [shipped, solved] = Picture::pair(exercise).map(|picture| picture.include());
            let quiz = format!("{{{{#quiz quizzes/{slug}.toml}}}}");
            for (include, what) in [
                (shipped, "its timeline as shipped"),
                (solved, "its reference solution's timeline"),
                (quiz, "its quiz"),
            ] {
                if !text.contains(&include) {
                    problems.push(format!(
                        "{} does not show {what}: add `{include}`",
                        chapter.display()
                    ));
                }
            }
        }
    }
    let quiz = exercise.quiz();
    match std::fs::read_to_string(root.join(&quiz)) {
        Err(_) => problems.push(format!(
            "{slug} has no quiz: write {} with {} to {} questions",
            quiz.display(),
            QUESTIONS.start(),
            QUESTIONS.end()
        )),
        Ok(text) => {
            let count = toml::from_str::<toml::Table>(&text)
                .ok()
                .and_then(|table| table.get("questions")?.as_array().map(Vec::len));
            match count {
                None => problems.push(format!(
                    "{} is not a quiz: it needs a `questions` array (see 01_together.toml)",
                    quiz.display()
                )),
                Some(count) if !QUESTIONS.contains(&count) => problems.push(format!(
                    "{} has {count} questions: write {} to {}",
                    quiz.display(),
                    QUESTIONS.start(),
                    QUESTIONS.end()
                )),
                Some(_) => {}
            }
        }
    }
    for picture in Picture::pair(exercise) {
        if !root.join(picture.file()).is_file() {
            problems.push(format!(
                "{slug} has no timelines for the book: run `cargo course diagrams` to draw {}",
                picture.file().display()
            ));
        }
    }
    let tests = exercise.dir.join("tests");
    let has_check = std::fs::read_dir(root.join(&tests))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|entry| std::fs::read_to_string(entry.path()).ok())
        .any(|text| text.contains(&format!("fn {}(", exercise.info.diagram)));
    if !has_check {
        problems.push(format!(
            "{slug}'s exercise.toml draws the check `{}`, but no test in {} is called that",
            exercise.info.diagram,
            tests.display()
        ));
    }
    if !root.join(exercise.solution()).is_file() {
        problems.push(format!(
            "{slug} has no solution: write {}",
            exercise.solution().display()
        ));
    }
    if exercise.alternatives(root).is_empty() {
        problems.push(format!(
            "{slug} has no alternative answer: write at least one other correct answer in {}/",
            exercise.alternatives_dir().display()
        ));
    }
    let wrong = exercise.wrong_answers(root);
    if wrong.len() < WRONG_ANSWERS {
        problems.push(format!(
            "{slug} has {} known wrong answers: write at least {WRONG_ANSWERS} in {}/, real \
             mistakes its tests must catch",
            wrong.len(),
            exercise.wrong_answers_dir().display()
        ));
    }
    for answer in wrong.iter().filter(|answer| answer.fails_with.is_empty()) {
        problems.push(format!(
            "{} does not say how it must fail: add a line `{} timing, ordering` with its kinds",
            answer.path.display(),
            FAILS_WITH_LINE
        ));
    }
    if exercise.info.hints.len() != HINTS {
        problems.push(format!(
            "{slug} has {} hints: write {HINTS} in its exercise.toml, from gentle to explicit",
            exercise.info.hints.len()
        ));
    }
    let row = format!("| `{}` |", exercise.name);
    if std::fs::read_to_string(root.join("README.md")).is_ok_and(|text| !text.contains(&row)) {
        problems.push(format!(
            "README.md's table of exercises has no row for {slug}: add one, | {} {row} the \
             pattern |",
            exercise.number()
        ));
    }
    match (
        &exercise.info.does_not_compile,
        exercise.info.fails_with.is_empty(),
    ) {
        (None, true) => problems.push(format!(
            "{slug}'s exercise.toml names no `fails_with`: say how the shipped file must fail"
        )),
        (Some(_), false) => problems.push(format!(
            "{slug}'s exercise.toml has both `fails_with` and `[does_not_compile]`: a file that \
             does not compile runs no test, so keep only `[does_not_compile]`"
        )),
        (Some(lesson), true) => {
            let answer = exercise
                .wrong_answers_dir()
                .join(format!("{}.rs", lesson.diagram_answer));
            if !root.join(&answer).is_file() {
                problems.push(format!(
                    "{slug}'s `diagram_answer` names {}, which does not exist: name one of its \
                     known wrong answers, whose timeline the book draws",
                    answer.display()
                ));
            }
        }
        (None, false) => {}
    }
    shipped_problems(course, exercise, commits, problems);
}

/// The learner file as shipped: recorded, readable, with a `TODO` at its edit site, and (when
/// commits are checked) committed as recorded.
fn shipped_problems(
    course: &Course,
    exercise: &Exercise,
    commits: Commits,
    problems: &mut Vec<String>,
) {
    let slug = exercise.slug();
    match shipped::read(course, exercise) {
        Err(error) => problems.push(format!("{slug}: {error}")),
        Ok(shipped) => {
            if !String::from_utf8_lossy(&shipped.contents).contains("TODO") {
                problems.push(format!(
                    "{}, as shipped, has no `TODO`: mark each place the learner edits",
                    exercise.file().display()
                ));
            }
        }
    }
    if commits == Commits::Checked {
        let recorded = shipped::record_of(course)
            .ok()
            .and_then(|record| record.get(&slug).cloned());
        let committed = shipped::committed_blob(course, exercise);
        if committed.is_some() && recorded.is_some() && committed != recorded {
            problems.push(format!(
                "{} as committed differs from its record in {}: run `cargo course dev ship` \
                 after changing what learners get",
                exercise.file().display(),
                shipped::RECORD
            ));
        }
    }
}

/// Every chapter of `book/src/` is listed in `SUMMARY.md`, and every listed chapter exists.
fn summary_problems(course: &Course, problems: &mut Vec<String>) {
    let src = course.root.join("book/src");
    let Ok(summary) = std::fs::read_to_string(src.join("SUMMARY.md")) else {
        problems
            .push("book/src/SUMMARY.md is missing: the book needs its table of contents".into());
        return;
    };
    let listed: BTreeSet<String> = summary
        .split("](")
        .skip(1)
        .filter_map(|rest| rest.split(')').next())
        .map(str::to_owned)
        .collect();
    for chapter in file_names(&src, "md") {
        if chapter != "SUMMARY.md" && !listed.contains(&chapter) {
            problems.push(format!(
                "book/src/SUMMARY.md does not list {chapter}: add a line for it"
            ));
        }
    }
    for chapter in &listed {
        if !src.join(chapter).is_file() {
            problems.push(format!(
                "book/src/SUMMARY.md lists {chapter}, which does not exist"
            ));
        }
    }
}

/// Files that belong to no exercise and no chapter.
fn stray_files(course: &Course, problems: &mut Vec<String>) {
    let root = &course.root;
    let slugs: BTreeSet<String> = course.exercises.iter().map(Exercise::slug).collect();
    let chapters: BTreeSet<String> = file_names(&root.join("book/src"), "md")
        .into_iter()
        .filter_map(|name| name.strip_suffix(".md").map(str::to_owned))
        .collect();
    let mut stray = |folder: &str, ext: &str, owners: &BTreeSet<String>, whose: &str| {
        for name in file_names(&root.join(folder), ext) {
            let stem = name.strip_suffix(&format!(".{ext}")).unwrap_or(&name);
            if !owners.contains(stem) {
                problems.push(format!(
                    "{folder}/{name} belongs to no {whose}: rename it after one, or remove it"
                ));
            }
        }
    };
    stray("book/src/quizzes", "toml", &chapters, "chapter");
    // The solutions crate's own files are no answers.
    let mut answers = slugs.clone();
    answers.extend(["lib".to_owned(), "build".to_owned()]);
    stray("solutions", "rs", &answers, "exercise");
    for name in folder_names(&root.join("solutions")) {
        // `tests/`: the crate's own test, which pins the compile-error lessons' messages.
        if !slugs.contains(&name) && name != "tests" {
            problems.push(format!(
                "solutions/{name}/ belongs to no exercise: rename it after one, or remove it"
            ));
        }
    }
    for name in folder_names(&root.join("exercises")) {
        if !slugs.contains(&name) {
            problems.push(format!(
                "exercises/{name}/ has no exercise.toml: it is not an exercise (`cargo course \
                 dev new` makes one)"
            ));
        }
    }
    if let Ok(record) = shipped::record_of(course) {
        for slug in record.keys().filter(|slug| !slugs.contains(*slug)) {
            problems.push(format!(
                "{} records {slug}, which is not an exercise: run `cargo course dev ship`",
                shipped::RECORD
            ));
        }
    }
}

/// The names of the folders directly in `dir`.
fn folder_names(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect()
}

/// The names of the files directly in `dir` that end in `.ext`, sorted.
fn file_names(dir: &Path, ext: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .filter(|entry| entry.path().is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(&format!(".{ext}")))
        .collect();
    names.sort();
    names
}
