//! Makes every answer file a module of this crate, so that clippy and rustfmt hold each one to
//! the project's standard: `solutions/NN_name.rs`, every `solutions/NN_name/*.rs` and every
//! known wrong answer `solutions/NN_name/wrong/*.rs`, by convention, with no list to keep by
//! hand.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    // A folder here means: rerun when anything below it changes, a new answer included.
    println!("cargo::rerun-if-changed={}", root.display());
    let mut answers = Vec::new();
    for entry in std::fs::read_dir(&root).expect("the solutions folder is readable") {
        let path = entry.expect("the solutions folder is readable").path();
        if !named_after_an_exercise(&path) {
            continue;
        }
        if path.is_dir() {
            // The alternatives, and the known wrong answers in `wrong/`.
            for dir in [path.clone(), path.join("wrong")] {
                for inner in std::fs::read_dir(&dir).into_iter().flatten() {
                    answers.push(inner.expect("an answers folder is readable").path());
                }
            }
        } else {
            answers.push(path);
        }
    }
    answers.retain(|path| path.extension().is_some_and(|ext| ext == "rs"));
    answers.sort();
    let mut modules = String::new();
    for path in &answers {
        let relative = path.strip_prefix(&root).expect("under the root");
        let name: String = relative
            .with_extension("")
            .to_string_lossy()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let _ = writeln!(
            modules,
            "#[path = {:?}]\npub mod answer_{name};",
            path.display().to_string()
        );
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("answers.rs"), modules).expect("OUT_DIR is writable");
}

/// Whether the file or folder at `path` is named `NN_name...`, after an exercise's folder.
fn named_after_an_exercise(path: &Path) -> bool {
    path.file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .is_some_and(|name| {
            let bytes = name.as_bytes();
            bytes.len() > 3 && bytes[..2].iter().all(u8::is_ascii_digit) && bytes[2] == b'_'
        })
}
