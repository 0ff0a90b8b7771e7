//! The grading copy: a working copy of a pristine course, with answer files placed into it, that
//! builds in a target folder of its own. It is the only place where copies of the course are
//! made: the reference run, class grading, the book's diagrams and the project's own tests all
//! grade through it.
//!
//! Why a copy: the tests, the harness and every manifest come from the pristine course, so an
//! answer that edits them changes nothing. Why a target folder of its own: cargo names a
//! package's output after its path inside the workspace, so two copies of the course sharing a
//! target folder would overwrite each other's test binaries and fingerprints, and one could run
//! the other's stale binary. Why a lock: two checkers (two terminals, or parallel tests) grading
//! in the same copy would place their answers over each other's.
//!
//! Files are written only when their content changed, so cargo's fingerprints stay valid and a
//! second grading of the same copy rebuilds only what an answer changed.

use std::collections::BTreeSet;
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};

use crate::engine::compile::Target;
use crate::engine::course::{Course, Exercise, STATE_DIR};
use crate::engine::grading;
use crate::engine::verdict::Graded;
use crate::error::{Error, Result};

/// Folders never copied, wherever they are: build output, version control and the checker's
/// state.
const SKIPPED: &[&str] = &["target", ".git", STATE_DIR];
/// The built book, which grading does not need.
const BUILT_BOOK: &str = "book/book";

/// A copy of a course to grade answers in, held by one grader at a time.
#[derive(Debug)]
pub struct GradingCopy {
    /// The copy, as a course: its exercises are the pristine course's.
    course: Course,
    target_dir: PathBuf,
    /// Held while this copy is in use; other graders, even in other processes, wait for it.
    _lock: File,
}

impl GradingCopy {
    /// The copy the learner's `run` compares with: the reference solutions, on the learner's
    /// scenario. It lives under the course's target folder, so `cargo clean` removes it.
    ///
    /// # Errors
    /// When the copy cannot be made.
    pub fn for_reference(pristine: &Course) -> Result<Self> {
        Self::open(pristine, &work_dir(pristine).join("reference"))
    }

    /// The copy a class is graded in.
    ///
    /// # Errors
    /// When the copy cannot be made.
    pub fn for_class(pristine: &Course) -> Result<Self> {
        Self::open(pristine, &work_dir(pristine).join("class"))
    }

    /// The copy in `work` (the course in `work/course`, its build in `work/target`), synced
    /// with `pristine` once no other grader holds it.
    ///
    /// # Errors
    /// When the copy cannot be made or read.
    pub fn open(pristine: &Course, work: &Path) -> Result<Self> {
        let failed = |error: io::Error| {
            Error::could_not_grade(format!(
                "could not prepare a copy of the course in {}: {error}. Check that the folder \
                 is writable, or remove it and try again",
                work.display()
            ))
        };
        fs::create_dir_all(work).map_err(failed)?;
        let lock = File::create(work.join("lock")).map_err(failed)?;
        lock.lock().map_err(failed)?;
        let root = work.join("course");
        sync(&pristine.root, &root).map_err(failed)?;
        Ok(Self {
            course: Course::load(&root)?,
            target_dir: work.join("target"),
            _lock: lock,
        })
    }

    /// The copy, as a course.
    pub fn course(&self) -> &Course {
        &self.course
    }

    /// Where the copy builds.
    pub fn target_dir(&self) -> &Path {
        &self.target_dir
    }

    /// Places `contents` as `exercise`'s learner file in the copy.
    ///
    /// # Errors
    /// When the file cannot be written.
    pub fn place(&self, exercise: &Exercise, contents: &[u8]) -> Result<()> {
        write_if_changed(&self.course.root.join(exercise.file()), contents).map_err(|error| {
            Error::could_not_grade(format!(
                "could not write {} into the copy of the course: {error}",
                exercise.file().display()
            ))
        })
    }

    /// Grades the exercises called `names` in the copy, with `seed` for every scenario (`None`:
    /// each test process draws its own). The results come in the order of `names`.
    ///
    /// # Errors
    /// When the copy cannot be built at all.
    pub fn grade(&self, names: &[&str], seed: Option<u64>) -> Result<Vec<Graded>> {
        let exercises = names
            .iter()
            .map(|name| {
                self.course.exercise(name).ok_or_else(|| {
                    Error::could_not_grade(format!("the copy of the course has no exercise {name}"))
                })
            })
            .collect::<Result<Vec<_>>>()?;
        grading::grade(
            &self.course,
            &exercises,
            &Target::Copy(self.target_dir.clone()),
            seed,
        )
    }
}

/// The checker's own folder under the target folder cargo uses for `course`
/// (`CARGO_TARGET_DIR`, or `target/` at its root).
fn work_dir(course: &Course) -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR")
        .map_or_else(|| course.root.join("target"), PathBuf::from)
        .join("asynclings")
}

/// Makes `copy` hold exactly the course files of `pristine`: copies new and changed files and
/// removes files that `pristine` no longer has. Symbolic links are neither copied nor followed.
fn sync(pristine: &Path, copy: &Path) -> io::Result<()> {
    let wanted = files_under(pristine)?;
    for relative in &wanted {
        write_if_changed(&copy.join(relative), &fs::read(pristine.join(relative))?)?;
    }
    if copy.is_dir() {
        for relative in files_under(copy)?.difference(&wanted) {
            fs::remove_file(copy.join(relative))?;
        }
    }
    Ok(())
}

fn write_if_changed(path: &Path, contents: &[u8]) -> io::Result<()> {
    if fs::read(path).is_ok_and(|existing| existing == contents) {
        return Ok(());
    }
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent)?;
    }
    fs::write(path, contents)
}

/// Every regular file below `root`, relative to it, outside the skipped folders.
fn files_under(root: &Path) -> io::Result<BTreeSet<PathBuf>> {
    let mut files = BTreeSet::new();
    let mut pending = vec![PathBuf::new()];
    while let Some(relative) = pending.pop() {
        for entry in fs::read_dir(root.join(&relative))? {
            let entry = entry?;
            let kind = entry.file_type()?;
            let name = entry.file_name();
            let path = relative.join(&name);
            if kind.is_dir() && !is_skipped(&path) {
                pending.push(path);
            } else if kind.is_file() {
                files.insert(path);
            }
        }
    }
    Ok(files)
}

/// Whether the folder at `relative` (to a course root) is left out of copies and submissions.
pub(crate) fn is_skipped(relative: &Path) -> bool {
    relative
        .file_name()
        .is_some_and(|name| SKIPPED.iter().any(|skipped| name == *skipped))
        || relative == Path::new(BUILT_BOOK)
}
