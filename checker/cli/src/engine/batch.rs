//! Building many answers at once, for class grading.
//!
//! Graded one by one, each student's answers cost a build of their exercises: a library and a
//! test crate for each, every one of them loading tokio and the harness again. Most of a class's
//! grading time went there (BENCHMARKS.md). Here the answers of a whole class are built together,
//! in a few crates beside the grading copy (a workspace of their own, in the copy's target
//! folder, so the dependencies' build is shared): each answer is a module of a library crate,
//! `__asynclings_v00007`, and its exercise's tests are a module of that crate's test binary,
//! `__asynclings_v00007_checks`, where the exercise's crate name is an alias of the answer's
//! module. One build makes one binary per crate; each answer's tests then run in a process of
//! their own, selected by name, exactly as they would in their own binary.
//!
//! An answer that does not compile is left out of the next build, and its errors are kept, with
//! the generated names put back to the learner's (the module file is the learner's file
//! verbatim, and the tests' alias goes at the end of their file, so lines match). An answer the
//! batch cannot build for any other reason comes back as not built: the caller grades it on its
//! own, the usual way. The integrity check refuses any name starting with `__asynclings`, so an
//! answer cannot reach another's module.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use cargo_metadata::Message;
use cargo_metadata::diagnostic::DiagnosticLevel;

use crate::engine::course::{Course, Exercise};
use crate::engine::sandbox::{self, ProcessLimits};

/// A batch build compiles a class's answers: generous, like a first build.
const BUILD_LIMITS: ProcessLimits = ProcessLimits {
    time: Duration::from_secs(900),
    output: 256 << 20,
};

/// How many times a batch is built again without the answers that broke it, before the rest of
/// its answers are left to be graded one by one.
const PASSES: usize = 4;

/// One answer to build: the exercise and the learner file's contents.
pub struct Answer<'a> {
    pub exercise: &'a Exercise,
    pub contents: &'a [u8],
}

/// The module name of answer `index`, and the prefix of its tests' names.
pub fn module(index: usize) -> String {
    format!("__asynclings_v{index:05}")
}

/// What the batch build gave.
#[derive(Default)]
pub struct Built {
    /// For each answer it built, the test binary that holds its tests and the prefix that
    /// selects them.
    pub tests: BTreeMap<usize, (PathBuf, String)>,
    /// For each answer that does not compile, the compiler's messages, in the learner's names.
    pub errors: BTreeMap<usize, Vec<String>>,
}

/// Builds `answers` in `dir` (a folder of its own, made anew), against `course` (the grading
/// copy), into `target_dir`, spread over `crates` crates so that the cores share the work.
pub fn build(
    course: &Course,
    answers: &[Answer<'_>],
    dir: &Path,
    target_dir: &Path,
    crates: usize,
) -> Built {
    let count = crates.clamp(1, answers.len().max(1));
    let mut groups: Vec<Vec<usize>> = vec![Vec::new(); count];
    for index in 0..answers.len() {
        groups[index % count].push(index);
    }
    let mut built = Built::default();
    for _ in 0..PASSES {
        groups.retain(|group| !group.is_empty());
        if groups.is_empty() || write(course, answers, &groups, dir).is_err() {
            break;
        }
        let Some(outcome) = cargo_build(dir, target_dir, groups.len()) else {
            break;
        };
        let mut progress = false;
        for (number, group) in groups.iter_mut().enumerate() {
            if let Some(binary) = outcome.binaries.get(&number) {
                for index in group.drain(..) {
                    let selection = format!("{}_checks", module(index));
                    built.tests.insert(index, (binary.clone(), selection));
                }
                progress = true;
                continue;
            }
            let before = group.len();
            group.retain(|index| !outcome.broken.contains_key(index));
            // A crate that failed for no answer's fault is not built again.
            if group.len() == before {
                group.clear();
            }
            progress |= group.len() < before;
        }
        for (index, messages) in outcome.broken {
            let answer = &answers[index];
            let renamed = messages
                .iter()
                .map(|message| learners_names(message, course, answer.exercise, index))
                .collect();
            built.errors.insert(index, renamed);
        }
        if !progress {
            break;
        }
    }
    built
}

/// `message` with the batch's names put back to what the learner's own build would say: the
/// module files to the learner's file and the exercise's test files, the module to the crate.
fn learners_names(message: &str, course: &Course, exercise: &Exercise, index: usize) -> String {
    let module = module(index);
    let crate_name = exercise.name.replace('-', "_");
    let mut text = message.to_owned();
    for (n, file) in test_files(course, exercise).iter().enumerate() {
        let shown = file
            .strip_prefix(&course.root)
            .unwrap_or(file)
            .display()
            .to_string();
        text = replace_path(&text, &format!("{module}_checks_{n}.rs"), &shown);
    }
    text = replace_path(
        &text,
        &format!("{module}.rs"),
        &exercise.file().display().to_string(),
    );
    // `asynclings_batch_3::__asynclings_v00007::Report` is the learner's `Report`.
    let qualified = format!("::{module}");
    let mut out = String::new();
    let mut rest = text.as_str();
    while let Some(at) = rest.find(&qualified) {
        let head = &rest[..at];
        let start = head.trim_end_matches(|c: char| c.is_ascii_digit());
        let start = start.strip_suffix("asynclings_batch_").unwrap_or(head);
        out.push_str(start);
        if start.len() == head.len() {
            out.push_str("::");
        }
        out.push_str(&crate_name);
        rest = &rest[at + qualified.len()..];
    }
    out.push_str(rest);
    out.replace(&module, &crate_name)
}

/// `text` with every path that ends in `file` (`b0/__asynclings_v00007.rs`) replaced by `shown`.
fn replace_path(text: &str, file: &str, shown: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(at) = rest.find(file) {
        // Back to the start of the path: after a space, a quote or a line start.
        let head = &rest[..at];
        let start = head
            .rfind([' ', '`', '\'', '"', '\n', '('])
            .map_or(0, |space| space + 1);
        out.push_str(&head[..start]);
        out.push_str(shown);
        rest = &rest[at + file.len()..];
    }
    out.push_str(rest);
    out
}

/// The exercise's test files, sorted: each becomes a module of the batch's test binary.
fn test_files(course: &Course, exercise: &Exercise) -> Vec<PathBuf> {
    let dir = course.root.join(&exercise.dir).join("tests");
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "rs"))
        .collect();
    files.sort();
    files
}

/// Writes the workspace: one crate per group, each with its answers' modules and their tests.
fn write(
    course: &Course,
    answers: &[Answer<'_>],
    groups: &[Vec<usize>],
    dir: &Path,
) -> std::io::Result<()> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir)?;
    let members: Vec<String> = (0..groups.len()).map(|n| format!("\"b{n}\"")).collect();
    std::fs::write(
        dir.join("Cargo.toml"),
        format!(
            "[workspace]\nresolver = \"3\"\nmembers = [{}]\n",
            members.join(", ")
        ),
    )?;
    // The course's versions, so that the dependencies' build is the one already made.
    if let Ok(lock) = std::fs::read(course.root.join("Cargo.lock")) {
        std::fs::write(dir.join("Cargo.lock"), lock)?;
    }
    let manifest = manifest(course)?;
    for (number, group) in groups.iter().enumerate() {
        let package = dir.join(format!("b{number}"));
        std::fs::create_dir_all(&package)?;
        std::fs::write(
            package.join("Cargo.toml"),
            manifest.replace("{name}", &format!("asynclings_batch_{number}")),
        )?;
        let mut lib = String::new();
        let mut checks = String::new();
        for &index in group {
            let answer = &answers[index];
            let module = module(index);
            std::fs::write(package.join(format!("{module}.rs")), answer.contents)?;
            let _ = writeln!(lib, "#[path = \"{module}.rs\"]\npub mod {module};");
            let crate_name = answer.exercise.name.replace('-', "_");
            for (n, file) in test_files(course, answer.exercise).iter().enumerate() {
                let checks_module = format!("{module}_checks_{n}");
                let text = std::fs::read_to_string(file)?;
                // The alias goes last, so that the test file's lines keep their numbers.
                std::fs::write(
                    package.join(format!("{checks_module}.rs")),
                    format!("{text}\nuse asynclings_batch_{number}::{module} as {crate_name};\n"),
                )?;
                let _ = writeln!(
                    checks,
                    "#[path = \"{checks_module}.rs\"]\nmod {checks_module};"
                );
            }
        }
        std::fs::write(package.join("lib.rs"), lib)?;
        std::fs::write(package.join("checks.rs"), checks)?;
    }
    Ok(())
}

/// A batch crate's manifest, `{name}` to fill in: the dependencies, edition and lints that the
/// course's exercises inherit from its workspace, with paths made absolute.
fn manifest(course: &Course) -> std::io::Result<String> {
    let text = std::fs::read_to_string(course.root.join("Cargo.toml"))?;
    let root: toml::Table = toml::from_str(&text).map_err(std::io::Error::other)?;
    let workspace = root.get("workspace").and_then(toml::Value::as_table);
    let table = |key: &str| {
        workspace
            .and_then(|workspace| workspace.get(key))
            .and_then(toml::Value::as_table)
            .cloned()
            .unwrap_or_default()
    };
    let edition = table("package")
        .get("edition")
        .and_then(toml::Value::as_str)
        .unwrap_or("2024")
        .to_owned();
    let dependencies = table("dependencies");
    let mut out = format!(
        "[package]\nname = \"{{name}}\"\nversion = \"0.0.0\"\nedition = \"{edition}\"\n\
         publish = false\nautotests = false\n\n[lib]\npath = \"lib.rs\"\ntest = false\n\
         doctest = false\n\n[[test]]\nname = \"checks\"\npath = \"checks.rs\"\n"
    );
    // What the exercises depend on, each as its workspace entry says.
    let mut normal = BTreeSet::new();
    let mut dev = BTreeSet::new();
    for exercise in &course.exercises {
        let Ok(text) = std::fs::read_to_string(course.root.join(&exercise.dir).join("Cargo.toml"))
        else {
            continue;
        };
        let Ok(manifest) = toml::from_str::<toml::Table>(&text) else {
            continue;
        };
        for (section, names) in [
            ("dependencies", &mut normal),
            ("dev-dependencies", &mut dev),
        ] {
            if let Some(table) = manifest.get(section).and_then(toml::Value::as_table) {
                names.extend(table.keys().cloned());
            }
        }
    }
    for (section, names) in [("dependencies", &normal), ("dev-dependencies", &dev)] {
        let _ = writeln!(out, "\n[{section}]");
        for name in names {
            if let Some(entry) = dependencies.get(name) {
                let _ = writeln!(out, "{name} = {}", inline(entry, &course.root));
            }
        }
    }
    out.push_str("\n[lints]\n");
    for (tool, lints) in table("lints") {
        let _ = writeln!(out, "{tool} = {}", inline(&lints, &course.root));
    }
    Ok(out)
}

/// `value` as an inline TOML value, with a `path` made absolute against `root`.
fn inline(value: &toml::Value, root: &Path) -> String {
    match value {
        toml::Value::String(text) => format!("{text:?}"),
        toml::Value::Integer(number) => number.to_string(),
        toml::Value::Float(number) => number.to_string(),
        toml::Value::Boolean(flag) => flag.to_string(),
        toml::Value::Datetime(date) => format!("\"{date}\""),
        toml::Value::Array(items) => {
            let items: Vec<String> = items.iter().map(|item| inline(item, root)).collect();
            format!("[{}]", items.join(", "))
        }
        toml::Value::Table(table) => {
            let entries: Vec<String> = table
                .iter()
                .map(|(key, value)| match (key.as_str(), value) {
                    ("path", toml::Value::String(path)) => {
                        format!("path = {:?}", root.join(path).display().to_string())
                    }
                    _ => format!("{key:?} = {}", inline(value, root)),
                })
                .collect();
            format!("{{ {} }}", entries.join(", "))
        }
    }
}

/// What one `cargo build` of the batch gave.
struct Outcome {
    /// The test binary of each crate that built, by crate number.
    binaries: BTreeMap<usize, PathBuf>,
    /// The answers errors point into, with the errors' messages as the compiler rendered them.
    broken: BTreeMap<usize, Vec<String>>,
}

/// Builds the batch's test binaries; `None` when cargo could not be run at all.
fn cargo_build(dir: &Path, target_dir: &Path, crates: usize) -> Option<Outcome> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .current_dir(dir)
        .args(["build", "--offline", "--test", "checks", "--keep-going"])
        .args(["--message-format=json", "--target-dir"])
        .arg(target_dir)
        // As the grading copy builds (see `compile::Target::Copy`), so the build is shared.
        .env("CARGO_PROFILE_DEV_DEBUG", "0")
        .env("CARGO_INCREMENTAL", "0");
    for number in 0..crates {
        command.args(["-p", &format!("asynclings_batch_{number}")]);
    }
    let outcome = sandbox::run(command, BUILD_LIMITS).ok()?;
    if outcome.timed_out() {
        return None;
    }
    let mut binaries = BTreeMap::new();
    let mut broken: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    // Each crate is in the folder `b<number>` of the batch's workspace.
    let crate_number = |manifest: &Path| {
        manifest
            .parent()?
            .file_name()?
            .to_str()?
            .strip_prefix('b')?
            .parse::<usize>()
            .ok()
    };
    for message in Message::parse_stream(outcome.stdout.bytes.as_slice()).flatten() {
        match message {
            Message::CompilerArtifact(artifact) if artifact.profile.test => {
                if let (Some(number), Some(executable)) = (
                    crate_number(artifact.manifest_path.as_std_path()),
                    artifact.executable,
                ) {
                    binaries.insert(number, executable.into_std_path_buf());
                }
            }
            Message::CompilerMessage(message)
                if matches!(message.message.level, DiagnosticLevel::Error) =>
            {
                let answers: BTreeSet<usize> = message
                    .message
                    .spans
                    .iter()
                    .filter_map(|span| answer_of(&span.file_name))
                    .collect();
                let rendered = message
                    .message
                    .rendered
                    .clone()
                    .unwrap_or_else(|| message.message.message.clone());
                for index in answers {
                    broken.entry(index).or_default().push(rendered.clone());
                }
            }
            _ => {}
        }
    }
    Some(Outcome { binaries, broken })
}

/// The answer whose module file `file` is (`b0/__asynclings_v00007.rs` or one of its tests).
fn answer_of(file: &str) -> Option<usize> {
    let name = Path::new(file).file_name()?.to_str()?;
    let digits = name.strip_prefix("__asynclings_v")?.get(..5)?;
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_path_becomes_the_learners_file() {
        let message = "error[E0728]: `await` is only allowed inside `async` functions\n \
                       --> b1/__asynclings_v00007.rs:4:23\n";
        assert_eq!(
            replace_path(
                message,
                "__asynclings_v00007.rs",
                "exercises/01_together/src/lib.rs"
            ),
            "error[E0728]: `await` is only allowed inside `async` functions\n \
             --> exercises/01_together/src/lib.rs:4:23\n"
        );
    }

    #[test]
    fn only_the_named_answers_files_are_attributed() {
        assert_eq!(answer_of("b0/__asynclings_v00007.rs"), Some(7));
        assert_eq!(answer_of("b1/__asynclings_v00012_checks_0.rs"), Some(12));
        assert_eq!(answer_of("b0/lib.rs"), None);
        assert_eq!(
            answer_of("/root/.cargo/registry/src/tokio/src/task/spawn.rs"),
            None
        );
    }
}
