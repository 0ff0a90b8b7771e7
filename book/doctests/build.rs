//! Makes every chapter of the book (`book/src/*.md`, the table of contents aside) the
//! documentation of a module of this crate, so that rustdoc runs its code blocks: a new chapter
//! is tested with no list to keep by hand.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let src = manifest.join("../src");
    // A folder here means: rerun when anything below it changes, a new chapter included.
    println!("cargo::rerun-if-changed={}", src.display());
    let mut chapters: Vec<PathBuf> = std::fs::read_dir(&src)
        .expect("book/src is readable")
        .map(|entry| entry.expect("book/src is readable").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "md"))
        .filter(|path| !path.ends_with("SUMMARY.md"))
        .collect();
    chapters.sort();
    let mut modules = String::new();
    for path in &chapters {
        let name: String = path
            .file_stem()
            .expect("a chapter has a name")
            .to_string_lossy()
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .collect();
        let _ = writeln!(
            modules,
            "#[doc = include_str!({:?})]\nmod chapter_{name} {{}}",
            path.display().to_string()
        );
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets it"));
    std::fs::write(out.join("chapters.rs"), modules).expect("OUT_DIR is writable");
}
