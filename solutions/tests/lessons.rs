//! The compiler's message of every lesson that is a compile error, pinned: each exercise whose
//! shipped file does not compile on purpose (`[does_not_compile]` in its `exercise.toml`), and
//! each of the book's `compile_fail` examples.
//!
//! The cases are built from the learner files as shipped (`exercises/shipped.toml`, read back
//! from git, so a learner's solved file changes nothing here) and from the chapters, into this
//! crate's ignored `tests/lessons/cases/`. On the toolchain the messages were recorded with (`lessons/rustc-version`),
//! trybuild compares each with its `.stderr` in `lessons/`, exactly; `TRYBUILD=overwrite`
//! records them again. Rustc's wording changes between releases, so on any other toolchain each
//! case is built with cargo instead, and only its errors' codes are compared.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;

/// One case: its name (the `.stderr`'s), its source, and the errors it must fail with, each a
/// code or, for an error that has none, its message.
struct Case {
    name: String,
    source: String,
    errors: Vec<String>,
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .canonicalize()
        .expect("the course root exists")
}

fn pinned_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/lessons")
}

/// The exercises that ship not compiling, each as its learner file as shipped, with a `main`
/// added at its end (trybuild builds binaries; the lines the message points at stay the same).
fn lesson_cases(root: &Path) -> Vec<Case> {
    #[derive(Deserialize)]
    struct Info {
        does_not_compile: Option<Lesson>,
    }
    #[derive(Deserialize)]
    struct Lesson {
        errors: Vec<String>,
    }
    let record: BTreeMap<String, String> = toml::from_str(
        &std::fs::read_to_string(root.join("exercises/shipped.toml"))
            .expect("exercises/shipped.toml is readable"),
    )
    .expect("exercises/shipped.toml is valid");
    let mut cases = Vec::new();
    for (slug, blob) in record {
        let Ok(text) =
            std::fs::read_to_string(root.join("exercises").join(&slug).join("exercise.toml"))
        else {
            continue;
        };
        let info: Info =
            toml::from_str(&text).unwrap_or_else(|error| panic!("{slug}'s exercise.toml: {error}"));
        let Some(lesson) = info.does_not_compile else {
            continue;
        };
        let output = Command::new("git")
            .current_dir(root)
            .args(["cat-file", "blob", &blob])
            .output()
            .expect("git runs");
        assert!(
            output.status.success(),
            "git cannot give back {slug}'s learner file as shipped (blob {blob}): {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let mut source = String::from_utf8(output.stdout).expect("a learner file is UTF-8");
        source.push_str("\nfn main() {}\n");
        cases.push(Case {
            name: slug,
            source,
            errors: lesson.errors,
        });
    }
    cases
}

/// The book's `compile_fail` examples, as rustdoc runs them: the hidden `# ` lines shown, and
/// the whole wrapped in a `main` unless it has one.
fn book_cases(root: &Path) -> Vec<Case> {
    let mut chapters: Vec<PathBuf> = std::fs::read_dir(root.join("book/src"))
        .expect("book/src is readable")
        .map(|entry| entry.expect("book/src is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .collect();
    chapters.sort();
    let mut cases = Vec::new();
    for chapter in chapters {
        let text = std::fs::read_to_string(&chapter).expect("a chapter is readable");
        let stem = chapter
            .file_stem()
            .expect("a chapter has a name")
            .to_string_lossy()
            .into_owned();
        let mut lines = text.lines();
        while let Some(line) = lines.next() {
            let Some(info) = line.strip_prefix("```rust,compile_fail") else {
                continue;
            };
            let code: Vec<String> = lines
                .by_ref()
                .take_while(|line| !line.starts_with("```"))
                .map(|line| match line.strip_prefix('#') {
                    Some(hidden) if hidden.is_empty() || hidden.starts_with(' ') => {
                        hidden.strip_prefix(' ').unwrap_or(hidden).to_owned()
                    }
                    _ => line.to_owned(),
                })
                .collect();
            let code = code.join("\n");
            let source = if code.contains("fn main") {
                format!("{code}\n")
            } else {
                format!("fn main() {{\n{code}\n}}\n")
            };
            let number = cases
                .iter()
                .filter(|case: &&Case| case.name.starts_with(&format!("book_{stem}")))
                .count()
                + 1;
            cases.push(Case {
                name: format!("book_{stem}_{number}"),
                source,
                errors: info
                    .trim_start_matches(',')
                    .split(',')
                    .filter(|code| !code.is_empty())
                    .map(str::to_owned)
                    .collect(),
            });
        }
    }
    cases
}

/// The toolchain that runs these tests, as `rustc --version` names it up to the release.
fn rustc_release() -> String {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc)
        .arg("--version")
        .output()
        .expect("rustc runs");
    let version = String::from_utf8_lossy(&output.stdout);
    version
        .split_whitespace()
        .take(2)
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn every_compile_error_lesson_fails_with_its_message() {
    let root = root();
    let mut cases = lesson_cases(&root);
    cases.extend(book_cases(&root));
    assert!(
        !cases.is_empty(),
        "no lesson is a compile error: nothing to pin"
    );
    // Generated, and ignored by git. It sits in this crate rather than in the target folder
    // because trybuild writes a path as `$DIR/...` in every form of a message only there; in the
    // target folder it keeps the absolute path, which differs from clone to clone.
    let work = pinned_dir().join("cases");
    std::fs::create_dir_all(&work).expect("tests/lessons is writable");
    for case in &cases {
        write_if_changed(
            &work.join(format!("{}.rs", case.name)),
            case.source.as_bytes(),
        );
        let pinned = pinned_dir().join(format!("{}.stderr", case.name));
        let copy = work.join(format!("{}.stderr", case.name));
        match std::fs::read(&pinned) {
            Ok(text) => write_if_changed(&copy, &text),
            Err(_) => {
                let _ = std::fs::remove_file(&copy);
            }
        }
    }

    let pinned_release = std::fs::read_to_string(pinned_dir().join("rustc-version"))
        .expect("tests/lessons/rustc-version is readable");
    let release = rustc_release();
    if release != pinned_release.trim() {
        eprintln!(
            "note: the compiler messages were recorded with {}, and this is {release}: only \
             the error codes are compared",
            pinned_release.trim()
        );
        codes_only(&cases);
        return;
    }
    {
        let tests = trybuild::TestCases::new();
        for case in &cases {
            tests.compile_fail(work.join(format!("{}.rs", case.name)));
        }
    }
    // `TRYBUILD=overwrite` wrote the new messages beside the cases: they are the record now.
    if std::env::var_os("TRYBUILD").is_some_and(|mode| mode == "overwrite") {
        for case in &cases {
            let name = format!("{}.stderr", case.name);
            std::fs::copy(work.join(&name), pinned_dir().join(&name))
                .expect("the pinned messages are writable");
        }
    }
}

/// Builds every case with cargo, in a package of its own, and checks that each fails with
/// exactly its errors: their codes, or the message of one that has none.
fn codes_only(cases: &[Case]) {
    let package = Path::new(env!("CARGO_TARGET_TMPDIR")).join("lessons");
    std::fs::create_dir_all(package.join("src")).expect("the target folder is writable");
    let root = root();
    let mut manifest = format!(
        "[package]\nname = \"lessons\"\nversion = \"0.0.0\"\nedition = \"2024\"\n\n\
         [workspace]\n\n[dependencies]\n\
         tokio = {{ version = \"1\", features = [\"rt\", \"macros\", \"time\", \"sync\"] }}\n\
         futures = \"0.3\"\nstand_ins = {{ path = {:?} }}\n",
        root.join("checker/stand_ins").display().to_string()
    );
    for case in cases {
        std::fs::write(
            package.join("src").join(format!("{}.rs", case.name)),
            &case.source,
        )
        .expect("the target folder is writable");
        manifest.push_str(&format!(
            "\n[[bin]]\nname = \"{}\"\npath = \"src/{}.rs\"\n",
            case.name, case.name
        ));
    }
    std::fs::write(package.join("Cargo.toml"), manifest).expect("the target folder is writable");
    // The course's own lock file, so that the case builds with the versions the course uses.
    std::fs::copy(root.join("Cargo.lock"), package.join("Cargo.lock"))
        .expect("the lock file can be copied");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let output = Command::new(cargo)
        .current_dir(&package)
        .args(["build", "--bins", "--keep-going", "--message-format=json"])
        .output()
        .expect("cargo runs");
    let mut seen: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for line in String::from_utf8_lossy(&output.stdout).lines() {
        let Ok(message) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let diagnostic = &message["message"];
        if message["reason"] != "compiler-message" || diagnostic["level"] != "error" {
            continue;
        }
        let id = diagnostic["code"]["code"]
            .as_str()
            .or_else(|| diagnostic["message"].as_str())
            .unwrap_or_default()
            .to_owned();
        let target = message["target"]["name"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        seen.entry(target).or_default().push(id);
    }
    let mut problems = Vec::new();
    for case in cases {
        let mut errors = seen.remove(&case.name).unwrap_or_default();
        errors.sort();
        errors.dedup();
        let mut expected = case.errors.clone();
        expected.sort();
        if errors != expected {
            problems.push(format!(
                "{} should fail to compile with {expected:?}, but it fails with {errors:?}",
                case.name
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Writes `contents` to `path` unless it holds them already: a changed file under `solutions/`
/// would make its build script, and so the crate, run again.
fn write_if_changed(path: &Path, contents: &[u8]) {
    if std::fs::read(path).ok().as_deref() != Some(contents) {
        std::fs::write(path, contents).expect("tests/lessons is writable");
    }
}
