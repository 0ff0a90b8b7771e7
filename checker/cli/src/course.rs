//! The course: its root folder and its exercises, read from each `exercises/*/exercise.toml`.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// A course on disk: a Cargo workspace with an `exercises/` folder.
#[derive(Clone, Debug)]
pub struct Course {
    pub root: PathBuf,
    /// In course order: the order of the exercise folders' names (`01_together`, ...).
    pub exercises: Vec<Exercise>,
}

/// One exercise, as its `exercise.toml` and `Cargo.toml` describe it.
#[derive(Clone, Debug)]
pub struct Exercise {
    /// The package name a learner types: `cargo test -p <name>`.
    pub name: String,
    /// The folder, relative to the course root: `exercises/01_together`.
    pub dir: PathBuf,
    pub info: ExerciseInfo,
}

/// The contents of `exercise.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ExerciseInfo {
    pub title: String,
    /// The file the learner edits, relative to the exercise folder.
    pub file: PathBuf,
    /// The book chapter, relative to the course root.
    pub chapter: PathBuf,
    /// The reference answer, relative to the course root.
    pub solution: PathBuf,
    /// Other correct answers, relative to the course root.
    #[serde(default)]
    pub alternatives: Vec<PathBuf>,
    /// The failure kinds (see `timeline::FailureKind`) the shipped file must fail with.
    pub fails_with: Vec<timeline::FailureKind>,
    /// Hints, from gentle to explicit.
    pub hints: Vec<String>,
    /// The check whose timelines the book's diagram shows [default: the first, by name].
    #[serde(default)]
    pub diagram: Option<String>,
}

impl Exercise {
    /// The learner's file, relative to the course root.
    pub fn file(&self) -> PathBuf {
        self.dir.join(&self.info.file)
    }

    /// The number in front of the folder's name: `01` for `exercises/01_together`.
    pub fn number(&self) -> String {
        self.dir
            .file_name()
            .and_then(|name| name.to_str())
            .and_then(|name| name.split('_').next())
            .unwrap_or("")
            .to_owned()
    }
}

/// Why a course could not be read. Each message says what to do about it.
#[derive(Debug)]
pub enum CourseError {
    NotFound { from: PathBuf },
    Unreadable { path: PathBuf, error: String },
}

impl fmt::Display for CourseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::NotFound { from } => write!(
                f,
                "no asynclings course found in {} or any folder above it: run the checker from \
                 inside the course (the folder with `Cargo.toml` and `exercises/`), or pass \
                 `--root <folder>`",
                from.display()
            ),
            Self::Unreadable { path, error } => write!(
                f,
                "could not read {}: {error}. Restore it with `git checkout -- {}` if you \
                 changed it by accident",
                path.display(),
                path.display()
            ),
        }
    }
}

impl std::error::Error for CourseError {}

impl Course {
    /// The course at `root` or in the nearest folder above it.
    ///
    /// # Errors
    /// When no folder holds a course, or an exercise's description cannot be read.
    pub fn find(start: &Path) -> Result<Self, CourseError> {
        let root = start
            .ancestors()
            .find(|dir| dir.join("Cargo.toml").is_file() && dir.join("exercises").is_dir())
            .ok_or_else(|| CourseError::NotFound {
                from: start.to_owned(),
            })?;
        Self::load(root)
    }

    /// The course whose root is exactly `root`.
    ///
    /// # Errors
    /// When an exercise's description cannot be read.
    pub fn load(root: &Path) -> Result<Self, CourseError> {
        let exercises_dir = root.join("exercises");
        let entries =
            std::fs::read_dir(&exercises_dir).map_err(|error| unreadable(&exercises_dir, error))?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|entry| entry.path())
            .filter(|path| path.join("exercise.toml").is_file())
            .collect();
        dirs.sort();
        let exercises = dirs
            .iter()
            .map(|dir| read_exercise(root, dir))
            .collect::<Result<_, _>>()?;
        Ok(Self {
            root: root.to_owned(),
            exercises,
        })
    }

    /// The exercise a learner names, by package name or folder name.
    pub fn exercise(&self, name: &str) -> Option<&Exercise> {
        self.exercises
            .iter()
            .find(|exercise| exercise.name == name || exercise.dir.ends_with(name))
    }
}

fn read_exercise(root: &Path, dir: &Path) -> Result<Exercise, CourseError> {
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

fn read_toml<T: serde::de::DeserializeOwned>(path: &Path) -> Result<T, CourseError> {
    let text = std::fs::read_to_string(path).map_err(|error| unreadable(path, error))?;
    toml::from_str(&text).map_err(|error| unreadable(path, error))
}

fn unreadable(path: &Path, error: impl fmt::Display) -> CourseError {
    CourseError::Unreadable {
        path: path.to_owned(),
        error: error.to_string().trim().to_owned(),
    }
}
