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
//!
//! An answer's tests run in a sandbox where the machine has one (see `sandbox::isolated`), and
//! everywhere the copy is sealed: after each grading, its course files, the dependencies' build
//! and every cargo configuration cargo reads for it must be as they were, or grading stops.

use std::collections::{BTreeMap, BTreeSet};
use std::fs::{self, File};
use std::io;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::engine::batch;
use crate::engine::compile::{self, Target};
use crate::engine::course::{Course, Exercise, STATE_DIR};
use crate::engine::grading;
use crate::engine::verdict::{self, Graded};
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
    /// Every file of the copy but the learner files, as synced: what no answer may change.
    course_files: BTreeMap<PathBuf, Vec<u8>>,
    /// Every cargo configuration file cargo would read for the copy, and what it held.
    cargo_configs: BTreeMap<PathBuf, Option<Vec<u8>>>,
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
        let synced = sync(&pristine.root, &root).map_err(failed)?;
        let course = Course::load(&root)?;
        let course_files = without_learner_files(&course, synced);
        Ok(Self {
            cargo_configs: cargo_configs(&root),
            course,
            course_files,
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
        let builds = compile::build(
            &self.course,
            &exercises,
            &Target::Copy(self.target_dir.clone()),
        )?;
        // Taken once the build is done: from here on, only the answers' own code runs.
        let dependencies = self.dependencies();
        let graded = grading::run_builds(&self.course, &exercises, builds, seed);
        self.check_seal(names, &dependencies)?;
        Ok(graded)
    }

    /// Grades many `answers` (exercise and learner file) together: refused ones at once, the
    /// rest built in one batch beside the copy (see `engine::batch`); an answer that does not
    /// compile gets its errors. Then each answer's tests run on their own, two at a time on two
    /// cores, the answers of one owner (`owners[i]` owns answer `i`; one owner's answers come
    /// one after another) before the next owner's, and the seal is checked after each owner. An
    /// answer the batch could not build for another reason comes back `None`, for the caller to
    /// grade on its own with [`GradingCopy::grade`].
    ///
    /// # Errors
    /// When an answer's code changed the grader's files: the error names its owner.
    pub fn grade_batch(
        &self,
        answers: &[(&Exercise, &[u8])],
        owners: &[&str],
        seed: Option<u64>,
    ) -> Result<Vec<Option<Graded>>> {
        let mut results: Vec<Option<Graded>> = vec![None; answers.len()];
        let mut to_build = Vec::new();
        let mut indices = Vec::new();
        for (index, (exercise, contents)) in answers.iter().enumerate() {
            let refused = std::str::from_utf8(contents)
                .ok()
                .and_then(|source| compile::refusals_in(exercise, source));
            match refused {
                Some(refusals) => {
                    results[index] = Some(verdict::decide(
                        &exercise.name,
                        verdict::Evidence::NotAllowed(refusals),
                    ));
                }
                None => {
                    to_build.push(batch::Answer { exercise, contents });
                    indices.push(index);
                }
            }
        }
        if to_build.is_empty() {
            return Ok(results);
        }
        let dir = self
            .target_dir
            .parent()
            .unwrap_or(&self.target_dir)
            .join("batch");
        let workers = std::thread::available_parallelism().map_or(2, usize::from);
        let built = batch::build(&self.course, &to_build, &dir, &self.target_dir, workers);
        for (position, errors) in &built.errors {
            let exercise = to_build[*position].exercise;
            let trimmed = compile::trim_errors(&exercise.name, errors);
            results[indices[*position]] = Some(verdict::decide(
                &exercise.name,
                verdict::Evidence::DidNotCompile(trimmed),
            ));
        }
        // Taken once the build is done: from here on, only the answers' own code runs.
        let dependencies = self.dependencies();
        let mut start = 0;
        while start < to_build.len() {
            let owner = owners[indices[start]];
            let end = (start..to_build.len())
                .find(|&position| owners[indices[position]] != owner)
                .unwrap_or(to_build.len());
            let jobs: Vec<usize> = (start..end)
                .filter(|position| built.tests.contains_key(position))
                .collect();
            let graded = std::sync::Mutex::new(Vec::new());
            let next = std::sync::atomic::AtomicUsize::new(0);
            std::thread::scope(|scope| {
                for _ in 0..workers.min(jobs.len()) {
                    scope.spawn(|| {
                        while let Some(&position) =
                            jobs.get(next.fetch_add(1, std::sync::atomic::Ordering::Relaxed))
                        {
                            let (binary, selection) = &built.tests[&position];
                            let exercise = to_build[position].exercise;
                            let evidence = grading::run_tests(
                                &self.course,
                                exercise,
                                std::slice::from_ref(binary),
                                Some(selection),
                                seed,
                            );
                            let result = verdict::decide(&exercise.name, evidence);
                            if let Ok(mut graded) = graded.lock() {
                                graded.push((position, result));
                            }
                        }
                    });
                }
            });
            for (position, result) in graded.into_inner().unwrap_or_default() {
                results[indices[position]] = Some(result);
            }
            self.check_seal(&[owner], &dependencies)?;
            start = end;
        }
        Ok(results)
    }

    /// Each file of the dependencies' build (everything in the copy's target folder that is
    /// not an exercise's own), by size and time of change: enough to see a rewrite, and cheap.
    fn dependencies(&self) -> BTreeMap<PathBuf, (u64, Option<SystemTime>)> {
        let own = |file: &str| {
            self.course.exercises.iter().any(|exercise| {
                file.starts_with(&format!("{}-", exercise.name))
                    || file.starts_with(&format!("lib{}-", exercise.name))
            })
        };
        let mut found = BTreeMap::new();
        for folder in ["debug/deps", "debug/build"] {
            let dir = self.target_dir.join(folder);
            for entry in fs::read_dir(&dir).into_iter().flatten().flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if own(&name) {
                    continue;
                }
                if let Ok(meta) = entry.metadata() {
                    found.insert(dir.join(&name), (meta.len(), meta.modified().ok()));
                }
            }
        }
        found
    }

    /// Whether the copy, the dependencies' build and cargo's configuration are as they were.
    fn check_seal(
        &self,
        names: &[&str],
        dependencies: &BTreeMap<PathBuf, (u64, Option<SystemTime>)>,
    ) -> Result<()> {
        let changed = |what: String| {
            Err(Error::could_not_grade(format!(
                "{what} changed while {} was graded: the answer's code wrote into the grader's \
                 files, so grading stopped rather than grade anything else with them. Grade \
                 again without that answer, after removing {}",
                names.join(", "),
                self.target_dir
                    .parent()
                    .unwrap_or(&self.target_dir)
                    .display()
            )))
        };
        match read_files(&self.course.root) {
            Ok(now) => {
                let now = without_learner_files(&self.course, now);
                if let Some(file) = diff_keys(&self.course_files, &now) {
                    return changed(format!("the copy of the course ({})", file.display()));
                }
            }
            Err(error) => return changed(format!("the copy of the course ({error})")),
        }
        if let Some(file) = diff_keys(dependencies, &self.dependencies()) {
            return changed(format!("the dependencies' build ({})", file.display()));
        }
        if let Some(file) = diff_keys(&self.cargo_configs, &cargo_configs(&self.course.root)) {
            return changed(format!("cargo's configuration ({})", file.display()));
        }
        Ok(())
    }
}

/// The first key whose value differs between `before` and `after`, or that only one holds.
fn diff_keys<'a, V: PartialEq>(
    before: &'a BTreeMap<PathBuf, V>,
    after: &'a BTreeMap<PathBuf, V>,
) -> Option<&'a PathBuf> {
    before
        .keys()
        .chain(after.keys())
        .find(|key| before.get(*key) != after.get(*key))
}

/// `files` of `course` without its learner files, which answers are placed into.
fn without_learner_files(
    course: &Course,
    mut files: BTreeMap<PathBuf, Vec<u8>>,
) -> BTreeMap<PathBuf, Vec<u8>> {
    for exercise in &course.exercises {
        files.remove(&exercise.file());
    }
    files
}

/// Every file below `root` (as [`files_under`] finds them), relative to it, with its contents.
fn read_files(root: &Path) -> io::Result<BTreeMap<PathBuf, Vec<u8>>> {
    files_under(root)?
        .into_iter()
        .map(|relative| {
            let contents = fs::read(root.join(&relative))?;
            Ok((relative, contents))
        })
        .collect()
}

/// Every file cargo reads its configuration from when it builds in `root`: `.cargo/config.toml`
/// (and the older `.cargo/config`) in `root` and every folder above it, and in cargo's home.
fn cargo_configs(root: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    let home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::home_dir().map(|home| home.join(".cargo")));
    let mut folders: Vec<PathBuf> = root.ancestors().map(|dir| dir.join(".cargo")).collect();
    folders.extend(home);
    folders
        .iter()
        .flat_map(|folder| [folder.join("config.toml"), folder.join("config")])
        .map(|file| {
            let contents = fs::read(&file).ok();
            (file, contents)
        })
        .collect()
}

/// The checker's own folder under the target folder cargo uses for `course`.
fn work_dir(course: &Course) -> PathBuf {
    course.target_dir().join("asynclings")
}

/// Makes `copy` hold exactly the course files of `pristine`: copies new and changed files and
/// removes files that `pristine` no longer has, and returns them with their contents. Symbolic
/// links are neither copied nor followed.
fn sync(pristine: &Path, copy: &Path) -> io::Result<BTreeMap<PathBuf, Vec<u8>>> {
    let wanted = read_files(pristine)?;
    for (relative, contents) in &wanted {
        write_if_changed(&copy.join(relative), contents)?;
    }
    if copy.is_dir() {
        for relative in files_under(copy)? {
            if !wanted.contains_key(&relative) {
                fs::remove_file(copy.join(relative))?;
            }
        }
    }
    Ok(wanted)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A grading copy of this very course in a fresh folder.
    fn fresh_copy(name: &str) -> GradingCopy {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
        let pristine = Course::load(&root).expect("the course is readable");
        let work = std::env::temp_dir()
            .join(format!("asynclings-seal-{}", std::process::id()))
            .join(name);
        let _ = fs::remove_dir_all(&work);
        GradingCopy::open(&pristine, &work).expect("the copy can be made")
    }

    #[test]
    fn an_untouched_copy_keeps_its_seal_and_learner_files_may_change() {
        let copy = fresh_copy("untouched");
        let together = &copy.course().exercises[0];
        copy.place(together, b"// an answer\n").expect("placed");
        assert_eq!(copy.check_seal(&["together"], &copy.dependencies()), Ok(()));
    }

    #[test]
    fn a_changed_test_file_breaks_the_seal() {
        let copy = fresh_copy("tampered");
        let tests = copy
            .course()
            .root
            .join("exercises/02_dashboard/tests/dashboard.rs");
        fs::write(&tests, "#[test]\nfn always_passes() {}\n").expect("written");
        let error = copy
            .check_seal(&["together"], &copy.dependencies())
            .expect_err("the seal is broken");
        let message = error.to_string();
        assert!(
            message.contains("exercises/02_dashboard/tests/dashboard.rs"),
            "{message}"
        );
        assert!(message.contains("while together was graded"), "{message}");
    }

    #[test]
    fn a_new_cargo_configuration_breaks_the_seal() {
        let copy = fresh_copy("configured");
        let config = copy.course().root.join(".cargo/config.toml");
        fs::write(&config, "[build]\nrustc-wrapper = \"evil\"\n").expect("written");
        let error = copy
            .check_seal(&["together"], &copy.dependencies())
            .expect_err("the seal is broken");
        assert!(error.to_string().contains("config.toml"), "{error}");
    }
}
