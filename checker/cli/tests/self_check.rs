//! The course's promise, checked by every `cargo test`: each exercise fails as shipped, for its
//! intended reason, and its solution and every alternative answer pass the very same tests.
//!
//! It grades a copy of the course with the checker's own engine, three ways: as shipped, with the
//! solutions in place, then with each round of alternative answers.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use checker::grade::{Graded, Status};
use common::CourseCopy;

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

    let shipped: Vec<_> = exercises.iter().map(|exercise| (exercise, None)).collect();
    for (graded, exercise) in copy.grade(&shipped).iter().zip(exercises) {
        let intended: BTreeSet<_> = exercise.info.fails_with.iter().copied().collect();
        let seen: BTreeSet<_> = graded
            .checks
            .iter()
            .flat_map(|check| check.failures.iter().map(|failure| failure.kind))
            .collect();
        if graded.status != Status::NotYet || seen.is_empty() || !seen.is_subset(&intended) {
            problems.push(format!(
                "{} as shipped should fail with {intended:?} only, but it is {} with {seen:?}{}",
                exercise.name,
                graded.status.label(),
                graded
                    .detail
                    .as_deref()
                    .map(|d| format!(":\n{d}"))
                    .unwrap_or_default()
            ));
        }
    }

    let solutions: Vec<_> = exercises
        .iter()
        .map(|exercise| (exercise, Some(exercise.info.solution.as_path())))
        .collect();
    for (graded, (exercise, _)) in copy.grade(&solutions).iter().zip(&solutions) {
        must_pass(graded, &exercise.info.solution, &mut problems);
    }

    let rounds = exercises
        .iter()
        .map(|e| e.info.alternatives.len())
        .max()
        .unwrap_or(0);
    for round in 0..rounds {
        let answers: Vec<_> = exercises
            .iter()
            .filter_map(|e| {
                e.info
                    .alternatives
                    .get(round)
                    .map(|alt| (e, Some(alt.as_path())))
            })
            .collect();
        for (graded, (_, answer)) in copy.grade(&answers).iter().zip(&answers) {
            must_pass(graded, answer.unwrap_or(Path::new("?")), &mut problems);
        }
    }

    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}
