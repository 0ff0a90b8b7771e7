//! `checker diagrams`: the book's timelines, drawn as SVG pictures from real runs.
//!
//! Each picture is declared once, where the book shows it: a chapter's
//! `{{#include diagrams/SLUG/ANSWER.svg}}` names the exercise (its folder) and the answer that
//! runs: `shipped` (the learner file as shipped), `solution` (the reference solution), an
//! alternative's file name (`solutions/SLUG/NAME.rs`) or `wrong/NAME` (a known wrong answer in
//! `solutions/SLUG/wrong/`). The picture shows the scenario of the exercise's `diagram` check,
//! or of another check named after a dot: `wrong/sequential.stops_at_the_first_error.svg`.
//! Every run is on seed [`SEED`], and every exercise chapter shows its `shipped` and `solution`
//! pictures. The pictures of one check of one exercise share one time axis, so they compare
//! bar for bar.
//!
//! `--check` only says whether the files are up to date (and whether a file in
//! `book/src/diagrams/` is shown by no chapter), which the project's tests ask on every
//! `cargo test`.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anstream::{eprintln, println};

use crate::commands::Context;
use crate::engine::copy::GradingCopy;
use crate::engine::course::{Course, Exercise};
use crate::engine::shipped;
use crate::engine::verdict::Graded;
use crate::error::{Error, Result};
use crate::views::style::{DIM, course_command};
use crate::views::svg;

/// The seed of every picture: fixed, so the book changes only when an exercise does.
pub const SEED: u64 = 1;

/// Where the pictures are written, relative to the course root; chapters include them from
/// `diagrams/`.
const FOLDER: &str = "book/src/diagrams";
/// What a chapter writes before a picture's path.
const INCLUDE: &str = "{{#include diagrams/";

/// The answer a picture runs.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Answer {
    /// The learner file as shipped, as `exercises/shipped.toml` records it.
    Shipped,
    /// The reference solution, `solutions/SLUG.rs`.
    Solution,
    /// Another correct answer, `solutions/SLUG/NAME.rs`.
    Alternative(String),
    /// A known wrong answer, `solutions/SLUG/wrong/NAME.rs`.
    Wrong(String),
}

impl Answer {
    /// The answer as a picture's file name spells it.
    fn spelled(&self) -> String {
        match self {
            Self::Shipped => "shipped".to_owned(),
            Self::Solution => "solution".to_owned(),
            Self::Alternative(name) => name.clone(),
            Self::Wrong(name) => format!("wrong/{name}"),
        }
    }

    /// The answer's source file.
    fn read(&self, course: &Course, exercise: &Exercise) -> Result<Vec<u8>> {
        let file = match self {
            Self::Shipped => return Ok(shipped::read(course, exercise)?.contents),
            Self::Solution => exercise.solution(),
            Self::Alternative(name) => exercise.alternatives_dir().join(format!("{name}.rs")),
            Self::Wrong(name) => exercise.wrong_answers_dir().join(format!("{name}.rs")),
        };
        std::fs::read(course.root.join(&file)).map_err(|error| {
            Error::could_not_grade(format!(
                "could not read {}: {error}. A picture named `{}` runs that file: rename the \
                 picture after an answer that exists",
                file.display(),
                self.spelled()
            ))
        })
    }
}

/// One picture of the book: an answer of an exercise, on one check's scenario.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Picture {
    /// The exercise's folder name.
    pub slug: String,
    pub answer: Answer,
    /// The check whose scenario it shows, when it is not the exercise's `diagram`.
    pub check: Option<String>,
}

impl Picture {
    /// The two pictures every exercise chapter shows: its file as shipped and its reference
    /// solution, on the scenario of its `diagram` check. A lesson that ships not compiling has
    /// no run as shipped: its chapter shows the known wrong answer its `diagram_answer` names.
    pub fn pair(exercise: &Exercise) -> [Self; 2] {
        let before = exercise
            .info
            .does_not_compile
            .as_ref()
            .map_or(Answer::Shipped, |lesson| {
                Answer::Wrong(lesson.diagram_answer.clone())
            });
        [before, Answer::Solution].map(|answer| Self {
            slug: exercise.slug(),
            answer,
            check: None,
        })
    }

    /// The picture's path below `diagrams/`: `01_together/wrong/lazy_futures.svg`.
    fn name(&self) -> String {
        let check = self
            .check
            .as_ref()
            .map_or_else(String::new, |check| format!(".{check}"));
        format!("{}/{}{check}.svg", self.slug, self.answer.spelled())
    }

    /// The picture's file, relative to the course root.
    pub fn file(&self) -> PathBuf {
        Path::new(FOLDER).join(self.name())
    }

    /// The line a chapter shows the picture with.
    pub fn include(&self) -> String {
        format!("{INCLUDE}{}}}}}", self.name())
    }

    /// The picture a chapter's include names, from the path after `diagrams/`.
    fn parse(path: &str) -> Option<Self> {
        let (slug, rest) = path.split_once('/')?;
        let stem = rest.strip_suffix(".svg")?;
        let (answer, check) = match stem.split_once('.') {
            Some((answer, check)) => (answer, Some(check.to_owned())),
            None => (stem, None),
        };
        let answer = match answer {
            "shipped" => Answer::Shipped,
            "solution" => Answer::Solution,
            _ => match answer.strip_prefix("wrong/") {
                Some(name) => Answer::Wrong(name.to_owned()),
                None => Answer::Alternative(answer.to_owned()),
            },
        };
        let simple = |name: &str| {
            !name.is_empty()
                && name
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        };
        let plain = match &answer {
            Answer::Alternative(name) | Answer::Wrong(name) => simple(name),
            Answer::Shipped | Answer::Solution => true,
        };
        (plain && check.as_deref().is_none_or(simple)).then(|| Self {
            slug: slug.to_owned(),
            answer,
            check,
        })
    }
}

/// Redraws the book's pictures, or with `check` only compares them with what is on disk.
///
/// # Errors
/// When a chapter names a picture of no answer, the runs could not be made, or a picture
/// cannot be written.
pub fn redraw(context: &Context, check: bool) -> Result<ExitCode> {
    let course = &context.course;
    let root = &course.root;
    let pictures = declared(course)?;
    eprintln!(
        "{DIM}Running the answers of {} pictures, on seed {SEED}...{DIM:#}",
        pictures.len()
    );
    let drawn = render(course, &pictures)?;
    let stale: Vec<&PathBuf> = drawn
        .iter()
        .filter(|(file, text)| {
            std::fs::read_to_string(root.join(file)).ok().as_deref() != Some(text.as_str())
        })
        .map(|(file, _)| file)
        .collect();
    let unshown: Vec<PathBuf> = files_under(root, Path::new(FOLDER))
        .into_iter()
        .filter(|file| !drawn.contains_key(file))
        .collect();
    if check {
        if stale.is_empty() && unshown.is_empty() {
            println!("The book's {} pictures are up to date.", drawn.len());
            return Ok(ExitCode::SUCCESS);
        }
        for file in &stale {
            println!("{} is out of date", file.display());
        }
        for file in &unshown {
            println!("{} is shown by no chapter", file.display());
        }
        println!("Run {} and commit the result.", course_command("diagrams"));
        return Ok(ExitCode::FAILURE);
    }
    for file in &stale {
        let path = root.join(file);
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &drawn[*file]));
        written.map_err(|error| {
            Error::could_not_grade(format!("could not write {}: {error}", path.display()))
        })?;
        println!("wrote {}", file.display());
    }
    for file in &unshown {
        std::fs::remove_file(root.join(file)).map_err(|error| {
            Error::could_not_grade(format!(
                "could not remove {}, which no chapter shows: {error}",
                file.display()
            ))
        })?;
        println!("removed {} (no chapter shows it)", file.display());
    }
    println!(
        "{} of {} pictures changed, {} removed.",
        stale.len(),
        drawn.len(),
        unshown.len()
    );
    Ok(ExitCode::SUCCESS)
}

/// Every picture the book shows: each exercise's pair, and every picture a chapter includes.
///
/// # Errors
/// When a chapter includes a path that is no picture, or the picture of no exercise.
fn declared(course: &Course) -> Result<BTreeSet<Picture>> {
    let mut pictures: BTreeSet<Picture> = course.exercises.iter().flat_map(Picture::pair).collect();
    let chapters = Path::new("book/src");
    for chapter in files_under(&course.root, chapters) {
        if chapter.extension().is_none_or(|ext| ext != "md") {
            continue;
        }
        let text = std::fs::read_to_string(course.root.join(&chapter)).map_err(|error| {
            Error::could_not_grade(format!("could not read {}: {error}", chapter.display()))
        })?;
        for (at, _) in text.match_indices(INCLUDE) {
            let after = &text[at + INCLUDE.len()..];
            let path = &after[..after.find("}}").unwrap_or(after.len())];
            let picture = Picture::parse(path).ok_or_else(|| {
                Error::could_not_grade(format!(
                    "{} includes diagrams/{path}, which is no picture the checker draws: write \
                     diagrams/NN_name/ANSWER.svg, where ANSWER is shipped, solution, an \
                     alternative's file name or wrong/NAME, with .CHECK before .svg to show \
                     another check than the exercise's `diagram`",
                    chapter.display()
                ))
            })?;
            if course.exercise(&picture.slug).map(Exercise::slug) != Some(picture.slug.clone()) {
                return Err(Error::could_not_grade(format!(
                    "{} includes diagrams/{path}, but no exercise folder is called `{}`: name \
                     the folder of an exercise, as in diagrams/01_together/shipped.svg",
                    chapter.display(),
                    picture.slug
                )));
            }
            pictures.insert(picture);
        }
    }
    Ok(pictures)
}

/// Each picture's file (relative to the course root) and its contents.
fn render(course: &Course, pictures: &BTreeSet<Picture>) -> Result<BTreeMap<PathBuf, String>> {
    // The answers each exercise runs, each once, in a fixed order.
    let mut answers: BTreeMap<&str, Vec<&Answer>> = BTreeMap::new();
    for picture in pictures {
        let list = answers.entry(picture.slug.as_str()).or_default();
        if !list.contains(&&picture.answer) {
            list.push(&picture.answer);
        }
    }
    // Every answer is read before the first build, so that a picture of a missing answer
    // fails at once, not minutes later.
    let mut sources: BTreeMap<(&str, &Answer), (&Exercise, Vec<u8>)> = BTreeMap::new();
    for (slug, list) in &answers {
        let exercise = course
            .exercise(slug)
            .ok_or_else(|| Error::could_not_grade(format!("there is no exercise {slug}")))?;
        for answer in list {
            sources.insert((slug, answer), (exercise, answer.read(course, exercise)?));
        }
    }
    let copy = GradingCopy::for_reference(course)?;
    let mut runs: BTreeMap<(&str, &Answer), Graded> = BTreeMap::new();
    // Round n places the n-th answer of every exercise that has one, and grades them together:
    // one build per round.
    let rounds = answers.values().map(Vec::len).max().unwrap_or(0);
    for round in 0..rounds {
        let mut names = Vec::new();
        let mut placed = Vec::new();
        for (slug, list) in &answers {
            let Some(answer) = list.get(round) else {
                continue;
            };
            let (exercise, contents) = &sources[&(*slug, *answer)];
            copy.place(exercise, contents)?;
            names.push(exercise.name.as_str());
            placed.push((*slug, *answer));
        }
        for (key, graded) in placed.into_iter().zip(copy.grade(&names, Some(SEED))?) {
            runs.insert(key, graded);
        }
    }

    let mut traces = Vec::new();
    for picture in pictures {
        let exercise = course.exercise(&picture.slug).ok_or_else(|| {
            Error::could_not_grade(format!("there is no exercise {}", picture.slug))
        })?;
        let wanted = picture.check.as_ref().unwrap_or(&exercise.info.diagram);
        let graded = &runs[&(picture.slug.as_str(), &picture.answer)];
        let Some(check) = graded.checks.iter().find(|check| check.check == *wanted) else {
            let reported: Vec<&str> = graded.checks.iter().map(|c| c.check.as_str()).collect();
            return Err(Error::could_not_grade(format!(
                "{} shows the check `{wanted}`, which {} of {} did not report ({}; it reported \
                 {}): name one of the exercise's tests, or fix the answer so that it builds",
                picture.file().display(),
                picture.answer.spelled(),
                picture.slug,
                graded.status.label(),
                if reported.is_empty() {
                    "no check".to_owned()
                } else {
                    reported.join(", ")
                }
            )));
        };
        traces.push((picture, wanted, &check.trace));
    }
    // One axis for the pictures of one check of one exercise: the longest of their runs.
    let mut axes: BTreeMap<(&str, &str), u64> = BTreeMap::new();
    for (picture, check, trace) in &traces {
        let axis = axes.entry((&picture.slug, check)).or_default();
        *axis = (*axis).max(trace.total_ms);
    }
    Ok(traces
        .iter()
        .map(|(picture, check, trace)| {
            let axis = axes[&(picture.slug.as_str(), check.as_str())];
            (picture.file(), svg::draw(trace, axis))
        })
        .collect())
}

/// Every file below `folder` (relative to `root`), relative to `root`, sorted.
fn files_under(root: &Path, folder: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![folder.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(root.join(&dir))
            .into_iter()
            .flatten()
            .flatten()
        {
            let path = dir.join(entry.file_name());
            if entry.file_type().is_ok_and(|kind| kind.is_dir()) {
                pending.push(path);
            } else {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn picture(slug: &str, answer: Answer, check: Option<&str>) -> Picture {
        Picture {
            slug: slug.to_owned(),
            answer,
            check: check.map(str::to_owned),
        }
    }

    #[test]
    fn a_picture_is_named_by_its_exercise_answer_and_check() {
        for (path, expected) in [
            (
                "01_together/shipped.svg",
                picture("01_together", Answer::Shipped, None),
            ),
            (
                "01_together/solution.svg",
                picture("01_together", Answer::Solution, None),
            ),
            (
                "01_together/spawn.svg",
                picture("01_together", Answer::Alternative("spawn".to_owned()), None),
            ),
            (
                "05_fail_fast/wrong/sequential.stops_early.svg",
                picture(
                    "05_fail_fast",
                    Answer::Wrong("sequential".to_owned()),
                    Some("stops_early"),
                ),
            ),
        ] {
            let parsed = Picture::parse(path).unwrap_or_else(|| panic!("{path} is a picture"));
            assert_eq!(parsed, expected);
            assert_eq!(parsed.name(), path, "the name reads back");
            assert_eq!(
                parsed.include(),
                format!("{{{{#include diagrams/{path}}}}}")
            );
        }
    }

    #[test]
    fn other_paths_are_no_pictures() {
        for path in [
            "01_together.txt",
            "01_together/shipped.txt",
            "01_together/Shipped.svg",
            "01_together/wrong/.svg",
            "01_together/solution.a.b.svg",
            "01_together/../secret.svg",
        ] {
            assert_eq!(Picture::parse(path), None, "{path}");
        }
    }
}
