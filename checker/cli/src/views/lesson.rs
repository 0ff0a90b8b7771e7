//! A lesson that ships not compiling (`[does_not_compile]` in its `exercise.toml`), shown as
//! the intended state while the compiler still says exactly what the lesson is about: the
//! compiler's message trimmed to what matters, beside the chapter's one-line explanation.

use std::fmt::Write as _;
use std::path::Path;

use crate::engine::compile::error_ids;
use crate::engine::course::Exercise;
use crate::engine::verdict::{Graded, Status};
use crate::views::style::{BOLD, course_command};

/// The status words of a lesson that fails to compile as intended.
pub const LABEL: &str = "does not compile: this is the lesson";

/// Whether `result` is `exercise`'s lesson, as shipped: it does not compile, with exactly the
/// errors the lesson declares.
pub fn is_the_lesson(exercise: &Exercise, result: &Graded) -> bool {
    let Some(lesson) = &exercise.info.does_not_compile else {
        return false;
    };
    result.status == Status::DoesNotCompile
        && lesson.is_met_by(&error_ids(result.detail.as_deref().unwrap_or_default()))
}

/// The words for `result`'s status: [`LABEL`] for the lesson, the status's own otherwise.
pub fn label(exercise: &Exercise, result: &Graded) -> &'static str {
    if is_the_lesson(exercise, result) {
        LABEL
    } else {
        result.status.label()
    }
}

/// The lesson's view, when `result` is the lesson: its one line, the compiler's message trimmed
/// to the learner's file, and where to go from there.
pub fn explain(exercise: &Exercise, result: &Graded) -> Option<String> {
    let lesson = exercise.info.does_not_compile.as_ref()?;
    if !is_the_lesson(exercise, result) {
        return None;
    }
    let detail = result.detail.as_deref().unwrap_or_default();
    let mut out = format!("{BOLD}The lesson{BOLD:#}: {}\n\n", lesson.lesson);
    out.push_str(&trim(detail, &exercise.file()));
    let _ = writeln!(
        out,
        "\nThe chapter {} tells why; {} leads to the fix.",
        exercise.chapter().display(),
        course_command(&format!("hint {}", exercise.name))
    );
    Some(out)
}

/// The compiler's `rendered` errors, each part kept whole where it points into `file` (the
/// code it quotes, its `= help` and `= note` lines) and cut to its first line where it points
/// elsewhere: "required by a bound in `tokio::spawn`" says enough without tokio's source.
pub fn trim(rendered: &str, file: &Path) -> String {
    let file = file.to_string_lossy().replace('\\', "/");
    let mut out = String::new();
    let mut part: Vec<&str> = Vec::new();
    let mut flush = |part: &mut Vec<&str>| {
        let points_here = part.iter().any(|line| {
            line.trim_start()
                .strip_prefix("--> ")
                .is_some_and(|at| at.replace('\\', "/").starts_with(&file))
        });
        let kept = if points_here { part.len() } else { 1 };
        for line in part.iter().take(kept) {
            let _ = writeln!(out, "{line}");
        }
        part.clear();
    };
    for line in rendered.lines() {
        if line.starts_with("For more information about this error") {
            continue;
        }
        let opens_a_part = ["error", "note:", "help:", "warning"]
            .iter()
            .any(|head| line.starts_with(head));
        if opens_a_part && !part.is_empty() {
            flush(&mut part);
        }
        part.push(line);
    }
    flush(&mut part);
    out.trim_end().to_owned() + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    const RENDERED: &str = "\
error: future cannot be sent between threads safely
  --> exercises/16_crawler/src/lib.rs:45:20
   |
45 |         tasks.push(tokio::spawn(async move {
   |                    ^^^^^^^^^^^^ future created by async block is not `Send`
note: future is not `Send` as this value is used across an await
  --> exercises/16_crawler/src/lib.rs:49:71
   |
49 |             pages.lock().unwrap().insert(url.clone(), fetch_url(&url).await);
   |             --------------------- has type `MutexGuard<'_, Pages>` which is not `Send`
note: required by a bound in `tokio::spawn`
  --> /home/ada/.cargo/registry/src/tokio-1.54.1/src/task/spawn.rs:176:21
   |
176|         F: Future + Send + 'static,
   |                     ^^^^ required by this bound in `spawn`
";

    #[test]
    fn parts_in_the_learner_file_stay_whole_and_the_others_keep_their_first_line() {
        let trimmed = trim(RENDERED, Path::new("exercises/16_crawler/src/lib.rs"));
        assert!(trimmed.contains("has type `MutexGuard<'_, Pages>` which is not `Send`"));
        assert!(trimmed.contains("future created by async block is not `Send`"));
        assert!(trimmed.contains("note: required by a bound in `tokio::spawn`\n"));
        assert!(!trimmed.contains("spawn.rs"), "{trimmed}");
        assert!(!trimmed.contains("'static"), "{trimmed}");
    }

    #[test]
    fn a_windows_path_is_the_same_file() {
        let rendered = RENDERED.replace(
            "exercises/16_crawler/src/lib.rs",
            r"exercises\16_crawler\src\lib.rs",
        );
        let trimmed = trim(&rendered, Path::new(r"exercises\16_crawler\src\lib.rs"));
        assert!(trimmed.contains("which is not `Send`"), "{trimmed}");
    }
}
