//! The course's grading copy for the tests, through the checker's own engine.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code, reason = "each test file uses its own part of this module")]

use std::io::Write as _;
use std::path::{Path, PathBuf};

use checker::commands::class::ClassResults;
use checker::engine::copy::GradingCopy;
use checker::engine::course::{Course, Exercise};
use checker::engine::shipped;
use checker::engine::verdict::Graded;

/// The root of the course these tests belong to.
pub fn course_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .canonicalize()
        .expect("the course root exists")
}

/// The grading copy the tests grade answers in, kept between runs so that only changes
/// rebuild. It builds in a target folder of its own, because the `cargo test` running the tests
/// holds the lock on the main one; one test at a time holds it (see `GradingCopy`).
pub struct CourseCopy {
    pub pristine: Course,
    copy: GradingCopy,
}

/// What to place as an exercise's learner file.
#[derive(Clone, Copy, Debug)]
pub enum Answer<'a> {
    /// The learner file as shipped (from the record, whatever the working tree holds).
    Shipped,
    /// A file of the course, relative to its root.
    File(&'a Path),
}

impl CourseCopy {
    /// The copy, synced with the course and every learner file as shipped (whatever the
    /// working tree holds), once no other test holds it.
    pub fn new() -> Self {
        let pristine = Course::load(&course_root()).expect("the course's exercises are readable");
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("graded-copy");
        let copy = GradingCopy::open(&pristine, &work).expect("the course can be copied");
        // An exercise with no record yet (one being written) keeps its working file.
        let mut edited = Vec::new();
        for exercise in &pristine.exercises {
            if let Ok(shipped) = shipped::read(&pristine, exercise) {
                copy.place(exercise, &shipped.contents)
                    .expect("the copy is writable");
                if shipped.edited {
                    edited.push(exercise.file().display().to_string());
                }
            }
        }
        // Said once per test binary, on the terminal: libtest does not capture a direct write.
        static SAID: std::sync::Once = std::sync::Once::new();
        if !edited.is_empty() {
            let which = if edited.len() <= 3 {
                edited.join(", ")
            } else {
                format!("{} learner files", edited.len())
            };
            SAID.call_once(|| {
                let _ = writeln!(
                    std::io::stderr(),
                    "note: {which} {} from the files as shipped (your work?); these tests use \
                     the shipped ones",
                    if edited.len() == 1 {
                        "differs"
                    } else {
                        "differ"
                    }
                );
            });
        }
        Self { pristine, copy }
    }

    /// The copy, as a course.
    pub fn course(&self) -> &Course {
        self.copy.course()
    }

    /// Where the copy builds.
    pub fn target_dir(&self) -> &Path {
        self.copy.target_dir()
    }

    /// Places each answer as that exercise's learner file, then grades those exercises.
    pub fn grade(&self, answers: &[(&Exercise, Answer<'_>)]) -> Vec<Graded> {
        for (exercise, answer) in answers {
            let contents = match answer {
                Answer::Shipped => {
                    shipped_file(&self.pristine, exercise).unwrap_or_else(|error| panic!("{error}"))
                }
                Answer::File(path) => std::fs::read(self.pristine.root.join(path))
                    .unwrap_or_else(|error| panic!("{} is unreadable: {error}", path.display())),
            };
            self.copy
                .place(exercise, &contents)
                .expect("the copy is writable");
        }
        let names: Vec<&str> = answers
            .iter()
            .map(|(exercise, _)| exercise.name.as_str())
            .collect();
        self.copy.grade(&names, None).expect("the copy builds")
    }

    /// The real `checker` binary with `args`, set to grade the copy without colour, its three
    /// streams piped.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        use std::process::{Command, Stdio};
        let mut command = Command::new(env!("CARGO_BIN_EXE_checker"));
        command
            .args(args)
            .arg("--root")
            .arg(&self.course().root)
            .env("CARGO_TARGET_DIR", self.target_dir())
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// Runs [`Self::command`] with `stdin` as its input and returns its exit status, standard
    /// output and standard error.
    pub fn checker(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        let mut child = self.command(args).spawn().expect("the checker binary runs");
        // A checker that ends without reading its input closes the pipe: that is not an error.
        let _ = child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(stdin.as_bytes());
        let output = child.wait_with_output().expect("the checker ends");
        (
            output.status.code().unwrap_or(-1),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }
}

/// `exercise`'s learner file as shipped in `course`.
///
/// # Errors
/// When the file has no record, or git cannot give it back.
pub fn shipped_file(
    course: &Course,
    exercise: &Exercise,
) -> Result<Vec<u8>, checker::error::Error> {
    Ok(shipped::read(course, exercise)?.contents)
}

/// Runs `checker grade` on `submissions` as an instructor does, in the class-grading target
/// folder the class and corpus tests share, writing into `out`.
pub fn grade(submissions: &Path, out: &Path) -> ClassResults {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_checker"))
        .arg("grade")
        .arg(submissions)
        .arg("--out")
        .arg(out)
        .arg("--root")
        .arg(course_root())
        .env(
            "CARGO_TARGET_DIR",
            Path::new(env!("CARGO_TARGET_TMPDIR")).join("class-grading"),
        )
        .env("NO_COLOR", "1")
        .output()
        .expect("the checker runs");
    assert!(
        output.status.success(),
        "grading failed:\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let json = std::fs::read(out.join("results.json")).expect("results.json is written");
    serde_json::from_slice(&json).expect("results.json is the class results")
}
