//! A copy of the course that the tests grade answers in, with the checker's own engine.

use std::path::{Path, PathBuf};

use checker::course::{Course, Exercise};
use checker::grade::{self, Graded, Options};
use checker::overlay;

/// A copy of the course, and where it builds, kept between runs so that only changes rebuild.
///
/// The copy builds in a target folder of its own, because the `cargo test` running the tests
/// holds the lock on the main one. Every copy shares that folder, so tokio compiles once.
pub struct CourseCopy {
    pub pristine: Course,
    pub course: Course,
    options: Options,
}

impl CourseCopy {
    /// A copy named `name`: tests that may run at the same time use different names.
    pub fn new(name: &str) -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pristine = Course::load(&root.canonicalize().expect("the course root exists"))
            .expect("the course's exercises are readable");
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("graded-copies");
        let copy = work.join(name);
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

    /// Places each answer (a file of the pristine course, or `None` for the shipped file) as
    /// that exercise's learner file, then grades those exercises.
    pub fn grade(&self, answers: &[(&Exercise, Option<&Path>)]) -> Vec<Graded> {
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
