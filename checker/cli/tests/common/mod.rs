//! A copy of the course that the tests grade answers in, with the checker's own engine.

// Each test file compiles this module on its own and uses only part of it.
#![allow(dead_code, reason = "each test file uses its own part of this module")]

use std::fs::File;
use std::path::{Path, PathBuf};

use checker::course::{Course, Exercise};
use checker::grade::{self, Graded, Options};
use checker::overlay;

/// The copy of the course that tests grade answers in, and where it builds, kept between runs
/// so that only changes rebuild.
///
/// It builds in a target folder of its own, because the `cargo test` running the tests holds the
/// lock on the main one. There is one copy for every test, held by one test at a time through a
/// file lock: two copies of the same workspace sharing a target folder would share their build
/// fingerprints too (cargo names a package's output after its path inside the workspace), and one
/// could run the other's stale test binary.
pub struct CourseCopy {
    pub pristine: Course,
    pub course: Course,
    /// Where the copy builds.
    pub target_dir: PathBuf,
    options: Options,
    /// Held while this test uses the copy; other tests, even in other processes, wait for it.
    _lock: File,
}

impl CourseCopy {
    /// The copy, synced with the course, once no other test holds it.
    pub fn new() -> Self {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pristine = Course::load(&root.canonicalize().expect("the course root exists"))
            .expect("the course's exercises are readable");
        let work = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("graded-copy");
        std::fs::create_dir_all(&work).expect("the copy's folder can be made");
        let lock = File::create(work.join("lock")).expect("the lock file can be made");
        lock.lock().expect("the copy can be locked");
        let copy = work.join("course");
        overlay::sync(&pristine.root, &copy).expect("the course can be copied");
        let course = Course::load(&copy).expect("the copy's exercises are readable");
        let target_dir = work.join("target");
        let options = Options {
            target_dir: Some(target_dir.clone()),
            seed: None,
            lean: true,
        };
        Self {
            pristine,
            course,
            target_dir,
            options,
            _lock: lock,
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

impl CourseCopy {
    /// The real `checker` binary with `args`, set to grade the copy without colour, its three
    /// streams piped.
    pub fn command(&self, args: &[&str]) -> std::process::Command {
        use std::process::{Command, Stdio};
        let mut command = Command::new(env!("CARGO_BIN_EXE_checker"));
        command
            .args(args)
            .arg("--root")
            .arg(&self.course.root)
            .env("CARGO_TARGET_DIR", &self.target_dir)
            .env("NO_COLOR", "1")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        command
    }

    /// Runs [`Self::command`] with `stdin` as its input and returns its exit status, standard
    /// output and standard error.
    pub fn checker(&self, args: &[&str], stdin: &str) -> (i32, String, String) {
        use std::io::Write as _;
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
