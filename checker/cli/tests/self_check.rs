//! The course's promise, checked by every `cargo test`: each exercise fails as shipped, for its
//! intended reason, its solution and every alternative answer pass the very same tests, and
//! every convention of the course holds.
//!
//! It grades the course's grading copy with the checker's own engine: the learner files as
//! shipped (from `exercises/shipped.toml`, so a learner's work never turns this red), then the
//! solutions, then each round of alternative answers, then each round of known wrong answers.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use checker::commands::dev::conventions::{self, Commits};
use checker::engine::compile::error_ids;
use checker::engine::course::CompileLesson;
use checker::engine::verdict::{Graded, Status};
use common::{Answer, CourseCopy};
use timeline::FailureKind;

/// What is wrong with one graded answer that should have failed with `intended` kinds only.
fn must_fail(graded: &Graded, answer: &str, intended: &[FailureKind], problems: &mut Vec<String>) {
    let intended: BTreeSet<_> = intended.iter().copied().collect();
    let seen: BTreeSet<_> = graded
        .checks
        .iter()
        .flat_map(|check| check.failures.iter().map(|failure| failure.kind))
        .collect();
    if graded.status == Status::Solved || seen.is_empty() || !seen.is_subset(&intended) {
        problems.push(format!(
            "{} with {answer} should fail with {intended:?} only, but it is {} with {seen:?}{}",
            graded.exercise,
            graded.status.label(),
            graded
                .detail
                .as_deref()
                .map(|d| format!(":\n{d}"))
                .unwrap_or_default()
        ));
    }
}

/// What is wrong with one graded answer that should have failed to compile with exactly the
/// errors of `lesson`.
fn must_not_compile(
    graded: &Graded,
    answer: &str,
    lesson: &CompileLesson,
    problems: &mut Vec<String>,
) {
    let detail = graded.detail.as_deref().unwrap_or_default();
    let seen = error_ids(detail);
    if graded.status != Status::DoesNotCompile || !lesson.is_met_by(&seen) {
        problems.push(format!(
            "{} with {answer} should fail to compile with {:?} only, but it is {} with {seen:?}:\n{detail}",
            graded.exercise,
            lesson.errors,
            graded.status.label(),
        ));
    }
}

/// Everything wrong with one graded answer that should have passed.
fn must_pass(graded: &Graded, answer: &Path, problems: &mut Vec<String>) {
    if graded.status != Status::Solved {
        let why = graded
            .first_failure()
            .map(|check| check.message.clone())
            .or_else(|| graded.detail.clone())
            .unwrap_or_default();
        problems.push(format!(
            "{} with {} is {}, not solved:\n{why}",
            graded.exercise,
            answer.display(),
            graded.status.label()
        ));
    }
}

#[test]
fn every_exercise_fails_as_shipped_and_passes_with_every_answer() {
    let copy = CourseCopy::new();
    let exercises = &copy.pristine.exercises;
    assert!(!exercises.is_empty(), "the course has no exercises");
    let mut problems = Vec::new();

    // An exercise with no record of its shipped file cannot be graded as shipped: that is a
    // problem of its own, and the others are graded all the same.
    let recorded: Vec<_> = exercises
        .iter()
        .filter(
            |exercise| match common::shipped_file(&copy.pristine, exercise) {
                Ok(_) => true,
                Err(error) => {
                    problems.push(format!("{}: {error}", exercise.name));
                    false
                }
            },
        )
        .collect();
    let shipped: Vec<_> = recorded
        .iter()
        .map(|exercise| (*exercise, Answer::Shipped))
        .collect();
    for (graded, exercise) in copy.grade(&shipped).iter().zip(&recorded) {
        let answer = format!("{} as shipped", exercise.file().display());
        match &exercise.info.does_not_compile {
            Some(lesson) => must_not_compile(graded, &answer, lesson, &mut problems),
            None => must_fail(graded, &answer, &exercise.info.fails_with, &mut problems),
        }
    }

    // Round 0 grades every solution at once, round 1 every first alternative, and so on.
    let root = &copy.pristine.root;
    let answers_of: Vec<Vec<PathBuf>> = exercises
        .iter()
        .map(|exercise| {
            std::iter::once(exercise.solution())
                .chain(exercise.alternatives(root))
                .filter(|answer| root.join(answer).is_file())
                .collect()
        })
        .collect();
    let rounds = answers_of.iter().map(Vec::len).max().unwrap_or(0);
    for round in 0..rounds {
        let answers: Vec<(_, &Path)> = exercises
            .iter()
            .zip(&answers_of)
            .filter_map(|(exercise, answers)| Some((exercise, answers.get(round)?.as_path())))
            .collect();
        let placed: Vec<_> = answers
            .iter()
            .map(|(exercise, answer)| (*exercise, Answer::File(answer)))
            .collect();
        for (graded, (_, answer)) in copy.grade(&placed).iter().zip(&answers) {
            must_pass(graded, answer, &mut problems);
        }
    }

    // Round 0 grades every exercise's first wrong answer at once, and so on.
    let wrong_of: Vec<_> = exercises
        .iter()
        .map(|exercise| exercise.wrong_answers(root))
        .collect();
    let rounds = wrong_of.iter().map(Vec::len).max().unwrap_or(0);
    for round in 0..rounds {
        let answers: Vec<_> = exercises
            .iter()
            .zip(&wrong_of)
            .filter_map(|(exercise, wrong)| Some((exercise, wrong.get(round)?)))
            .collect();
        let placed: Vec<_> = answers
            .iter()
            .map(|(exercise, wrong)| (*exercise, Answer::File(&wrong.path)))
            .collect();
        for (graded, (_, wrong)) in copy.grade(&placed).iter().zip(&answers) {
            let answer = wrong.path.display().to_string();
            must_fail(graded, &answer, &wrong.fails_with, &mut problems);
        }
    }

    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}

#[test]
fn every_convention_holds() {
    let course = checker::engine::course::Course::load(&common::course_root())
        .expect("the course's exercises are readable");
    let problems = conventions::problems(&course, Commits::Ignored);
    assert!(
        problems.is_empty(),
        "`cargo course dev check` finds:\n- {}",
        problems.join("\n- ")
    );
}
