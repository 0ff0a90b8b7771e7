//! The course: its root folder and its exercises. Everything about an exercise's files follows
//! from its folder's name, `exercises/NN_name/`: the learner file `src/lib.rs`, the chapter
//! `book/src/NN_name.md`, the quiz, the diagram, the solution `solutions/NN_name.rs` and the
//! alternatives `solutions/NN_name/*.rs`. `exercise.toml` keeps only what cannot be derived.

use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::{Error, Result};

/// The folder at the course root where the checker keeps what it remembers for the learner
/// (hints seen, backups). Never copied, never graded.
pub const STATE_DIR: &str = ".asynclings";

/// A course on disk: a Cargo workspace with an `exercises/` folder.
#[derive(Clone, Debug)]
pub struct Course {
    pub root: PathBuf,
    /// In course order: the order of the exercise folders' names (`01_together`, ...).
    pub exercises: Vec<Exercise>,
}

/// One exercise, as its folder, its `exercise.toml` and its `Cargo.toml` describe it.
#[derive(Clone, Debug)]
pub struct Exercise {
    /// The package name a learner types: `cargo test -p <name>`.
    pub name: String,
    /// The folder, relative to the course root: `exercises/01_together`.
    pub dir: PathBuf,
    pub info: ExerciseInfo,
}

/// The contents of `exercise.toml`: what the folder's name cannot tell.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseInfo {
    pub title: String,
    /// The failure kinds (see `timeline::FailureKind`) the shipped file must fail with; none for
    /// a lesson that ships not compiling.
    #[serde(default)]
    pub fails_with: Vec<timeline::FailureKind>,
    /// Set when the shipped file does not compile on purpose: the compiler's message is the
    /// lesson.
    #[serde(default)]
    pub does_not_compile: Option<CompileLesson>,
    /// Hints, from gentle to explicit.
    pub hints: Vec<String>,
    /// The check whose timelines the book's diagram shows.
    pub diagram: String,
}

/// A lesson whose shipped file does not compile: `[does_not_compile]` in `exercise.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompileLesson {
    /// The errors the shipped file must fail with, and no others: each an error code
    /// (`E0373`), or the message of an error that has no code ("future cannot be sent between
    /// threads safely").
    pub errors: Vec<String>,
    /// The chapter's explanation in one line, shown beside the compiler's message.
    pub lesson: String,
    /// The known wrong answer (a file name in `wrong/`, without `.rs`) whose timeline the book
    /// draws above the solution's, since the shipped file has none.
    pub diagram_answer: String,
}

impl CompileLesson {
    /// Whether the compiler's `errors` (as [`crate::engine::compile::error_ids`] reads them)
    /// are exactly the lesson's: each one declared, and each declared one there.
    pub fn is_met_by(&self, errors: &[String]) -> bool {
        !errors.is_empty()
            && errors.iter().all(|error| self.errors.contains(error))
            && self.errors.iter().all(|declared| errors.contains(declared))
    }
}

impl Exercise {
    /// The folder's own name: `01_together`. Chapters, quizzes, diagrams and solutions are
    /// named after it.
    pub fn slug(&self) -> String {
        self.dir
            .file_name()
            .map_or_else(String::new, |name| name.to_string_lossy().into_owned())
    }

    /// The number in front of the folder's name: `01` for `exercises/01_together`.
    pub fn number(&self) -> String {
        self.slug().split('_').next().unwrap_or("").to_owned()
    }

    /// The learner's file, relative to the course root.
    pub fn file(&self) -> PathBuf {
        self.dir.join("src").join("lib.rs")
    }

    /// The book chapter, relative to the course root.
    pub fn chapter(&self) -> PathBuf {
        Path::new("book/src").join(format!("{}.md", self.slug()))
    }

    /// The chapter's quiz, relative to the course root.
    pub fn quiz(&self) -> PathBuf {
        Path::new("book/src/quizzes").join(format!("{}.toml", self.slug()))
    }

    /// The reference answer, relative to the course root.
    pub fn solution(&self) -> PathBuf {
        Path::new("solutions").join(format!("{}.rs", self.slug()))
    }

    /// The folder of other correct answers, relative to the course root.
    pub fn alternatives_dir(&self) -> PathBuf {
        Path::new("solutions").join(self.slug())
    }

    /// The other correct answers in `root`'s course, relative to it, sorted by name.
    pub fn alternatives(&self, root: &Path) -> Vec<PathBuf> {
        rust_files(root, &self.alternatives_dir())
    }

    /// The folder of known wrong answers, relative to the course root.
    pub fn wrong_answers_dir(&self) -> PathBuf {
        self.alternatives_dir().join("wrong")
    }

    /// The known wrong answers in `root`'s course, sorted by name, each with the failure kinds
    /// its `//! Fails with:` line declares (none when the line is missing or unreadable).
    pub fn wrong_answers(&self, root: &Path) -> Vec<WrongAnswer> {
        rust_files(root, &self.wrong_answers_dir())
            .into_iter()
            .map(|path| {
                let text = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
                WrongAnswer {
                    fails_with: declared_kinds(&text),
                    path,
                }
            })
            .collect()
    }
}

/// A known wrong answer: a file that must fail the exercise's tests, with these kinds only.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WrongAnswer {
    /// Relative to the course root.
    pub path: PathBuf,
    /// Empty when the file does not say, which `dev check` reports.
    pub fails_with: Vec<timeline::FailureKind>,
}

/// The line a wrong answer declares its failure kinds with.
pub const FAILS_WITH_LINE: &str = "//! Fails with:";

/// The kinds of `//! Fails with: timing, ordering`, or none when the line is missing or names
/// an unknown kind.
fn declared_kinds(text: &str) -> Vec<timeline::FailureKind> {
    let Some(list) = text
        .lines()
        .find_map(|line| line.trim().strip_prefix(FAILS_WITH_LINE))
    else {
        return Vec::new();
    };
    list.split(',')
        .map(|kind| {
            let quoted = format!("\"{}\"", kind.trim().trim_end_matches('.'));
            serde_json::from_str(&quoted).ok()
        })
        .collect::<Option<Vec<_>>>()
        .unwrap_or_default()
}

/// The `.rs` files directly in `dir` (relative to `root`), relative to `root`, sorted.
fn rust_files(root: &Path, dir: &Path) -> Vec<PathBuf> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| dir.join(entry.file_name()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    found.sort();
    found
}

impl Course {
    /// The course at `start` or in the nearest folder above it.
    ///
    /// # Errors
    /// When no folder holds a course, or an exercise's description cannot be read.
    pub fn find(start: &Path) -> Result<Self> {
        let root = start
            .ancestors()
            .find(|dir| dir.join("Cargo.toml").is_file() && dir.join("exercises").is_dir())
            .ok_or_else(|| {
                Error::could_not_grade(format!(
                    "no asynclings course found in {} or any folder above it: run the checker \
                     from inside the course (the folder with `Cargo.toml` and `exercises/`), or \
                     pass `--root <folder>`",
                    start.display()
                ))
            })?;
        Self::load(root)
    }

    /// The course whose root is exactly `root`.
    ///
    /// # Errors
    /// When an exercise's description cannot be read.
    pub fn load(root: &Path) -> Result<Self> {
        let exercises_dir = root.join("exercises");
        let entries =
            std::fs::read_dir(&exercises_dir).map_err(|error| unreadable(&exercises_dir, error))?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(std::result::Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.join("exercise.toml").is_file())
            .collect();
        dirs.sort();
        let exercises = dirs
            .iter()
            .map(|dir| read_exercise(root, dir))
            .collect::<Result<_>>()?;
        Ok(Self {
            root: root.to_owned(),
            exercises,
        })
    }

    /// The target folder cargo builds this course in: `CARGO_TARGET_DIR`, or `target/` at its
    /// root.
    pub fn target_dir(&self) -> PathBuf {
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| self.root.join("target"), PathBuf::from)
    }

    /// The exercise a learner names: by package name (`together`), folder name (`01_together`)
    /// or number (`01` or `1`).
    pub fn exercise(&self, name: &str) -> Option<&Exercise> {
        let number = name.parse::<u32>().ok();
        self.exercises.iter().find(|exercise| {
            exercise.name == name
                || exercise.slug() == name
                || (number.is_some() && exercise.number().parse::<u32>().ok() == number)
        })
    }
}

fn read_exercise(root: &Path, dir: &Path) -> Result<Exercise> {
    #[derive(Deserialize)]
    struct Manifest {
        package: Package,
    }
    #[derive(Deserialize)]
    struct Package {
        name: String,
    }
    let manifest: Manifest = read_toml(&dir.join("Cargo.toml"))?;
    let info: ExerciseInfo = read_toml(&dir.join("exercise.toml"))?;
    Ok(Exercise {
        name: manifest.package.name,
        dir: dir.strip_prefix(root).unwrap_or(dir).to_owned(),
        info,
    })
}

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T> {
    let text = std::fs::read_to_string(path).map_err(|error| unreadable(path, error))?;
    toml::from_str(&text).map_err(|error| unreadable(path, error))
}

fn unreadable(path: &Path, error: impl std::fmt::Display) -> Error {
    Error::could_not_grade(format!(
        "could not read {}: {}. Restore it with `git checkout -- {}` if you changed it by \
         accident",
        path.display(),
        error.to_string().trim(),
        path.display()
    ))
}
