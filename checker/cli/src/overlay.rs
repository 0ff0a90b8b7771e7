//! A working copy of a pristine course with answer files placed into it.
//!
//! Grading never runs an answer inside the folder it came from: the tests, the harness and every
//! manifest come from the pristine course, so an answer that edits them changes nothing. Files
//! are written only when their content changed, so cargo's fingerprints stay valid and a second
//! grading of the same copy rebuilds only what an answer changed.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

/// Folders never copied, wherever they are: build output, version control and the checker's
/// own state.
pub(crate) const SKIPPED: &[&str] = &["target", ".git", crate::state::DIR];
/// The built book, which grading does not need.
pub(crate) const BUILT_BOOK: &str = "book/book";

/// Makes `copy` hold exactly the course files of `pristine`: copies new and changed files and
/// removes files that `pristine` no longer has. Symbolic links are neither copied nor followed.
///
/// # Errors
/// When a file cannot be read or written.
pub fn sync(pristine: &Path, copy: &Path) -> io::Result<()> {
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

/// Writes `contents` at `relative` inside `copy`, as an answer file.
///
/// # Errors
/// When the file cannot be written.
pub fn place(copy: &Path, relative: &Path, contents: &[u8]) -> io::Result<()> {
    write_if_changed(&copy.join(relative), contents)
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
            let skipped =
                SKIPPED.iter().any(|skipped| name == *skipped) || path == Path::new(BUILT_BOOK);
            if kind.is_dir() && !skipped {
                pending.push(path);
            } else if kind.is_file() {
                files.insert(path);
            }
        }
    }
    Ok(files)
}
