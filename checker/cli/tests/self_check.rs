//! The course's promise, checked by every `cargo test`: each exercise fails as shipped, for its
//! intended reason, and its solution and every alternative answer pass the very same tests.
//!
//! It grades a copy of the course with the checker's own engine, three ways: as shipped, with the
//! solutions in place, then with each round of alternative answers. The copy builds in a target
//! folder of its own, because the `cargo test` running this holds the lock on the main one.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use checker::course::{Course, Exercise};
use checker::grade::{self, Graded, Options, Status};
use checker::overlay;

/// A copy of the course, and where it builds, kept between runs so only changes rebuild.
struct Copy {
    pristine: Course,
    course: Course,
    options: Options,
}

impl Copy {
    fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pristine = Course::load(&root.canonicalize().expect("the course root exists"))
            .expect("the course's exercises are readable");
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("self-check");
        let copy = work.join("course");
        overlay::sync(&pristine.root, &copy).expect("the course can be copied");
        let course = Course::load(&copy).expect("the copy's exercises are readable");
        let options = Options {
            target_dir: Some(work.join("target")),
            seed: None,
        };
        Self {
            pristine,
            course,
            options,
        }
    }

    /// Places each answer (an exercise and a file of the pristine course) as that exercise's
    /// learner file, then grades those exercises.
    fn grade(&self, answers: &[(&Exercise, Option<&Path>)]) -> Vec<Graded> {
        for (exercise, answer) in answers {
            let source = answer.map_or_else(|| exercise.file(), Path::to_owned);
            let contents = std::fs::read(self.pristine.root.join(&source))
                .unwrap_or_else(|error| panic!("{} is unreadable: {error}", source.display()));
            overlay::place(&self.course.root, &exercise.file(), &contents)
                .expect("the copy is writable");
        }
        let exercises: Vec<&Exercise> = answers.iter().map(|(exercise, _)| *exercise).collect();
        grade::grade(&self.course, &exercises, &self.options).expect("the copy builds")
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
    let copy = Copy::new();
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
                graded.detail.as_deref().map(|d| format!(":\n{d}")).unwrap_or_default()
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

    let rounds = exercises.iter().map(|e| e.info.alternatives.len()).max().unwrap_or(0);
    for round in 0..rounds {
        let answers: Vec<_> = exercises
            .iter()
            .filter_map(|e| e.info.alternatives.get(round).map(|alt| (e, Some(alt.as_path()))))
            .collect();
        for (graded, (_, answer)) in copy.grade(&answers).iter().zip(&answers) {
            must_pass(graded, answer.unwrap_or(Path::new("?")), &mut problems);
        }
    }

    assert!(problems.is_empty(), "\n{}", problems.join("\n\n"));
}
