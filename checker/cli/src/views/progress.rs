//! The learner's progress: the table of every exercise, the first unsolved one in focus, and
//! the header of one graded exercise.

use std::fmt::Write as _;

use crate::engine::course::{Course, Exercise};
use crate::engine::verdict::{Graded, Status};
use timeline::report::{Drawing, explain};

use crate::views::fit::{self, Area};
use crate::views::lesson;
use crate::views::style::{BOLD, DIM, course_command, of_status};

/// The progress table: one row per exercise, with its status and its expected and measured
/// virtual time. Colours are plain ANSI; `anstream` strips them where they do not belong.
pub fn table(course: &Course, graded: &[Graded]) -> String {
    let mut out = String::new();
    let solved = graded.iter().filter(|g| g.status == Status::Solved).count();
    let _ = writeln!(
        out,
        "{BOLD}asynclings{BOLD:#}: {solved} of {} exercises solved\n",
        graded.len()
    );
    let name_width = graded
        .iter()
        .map(|g| g.exercise.len())
        .max()
        .unwrap_or(8)
        .max(8);
    let _ = writeln!(
        out,
        "{DIM}  #   {:name_width$}  {:18}  {:>6}  {:>9}  {:>9}{DIM:#}",
        "exercise", "status", "checks", "expected", "measured"
    );
    for result in graded {
        let number = course
            .exercise(&result.exercise)
            .map_or_else(String::new, Exercise::number);
        let colour = of_status(result.status);
        let checks = if result.checks.is_empty() {
            "-".to_owned()
        } else {
            format!("{}/{}", result.passed(), result.checks.len())
        };
        let timed = course
            .exercise(&result.exercise)
            .and_then(|exercise| result.timed_check(&exercise.info.diagram));
        let expected = timed
            .and_then(|check| check.expected_ms)
            .map_or_else(|| "-".to_owned(), |ms| format!("{ms} ms"));
        let measured = timed.map_or_else(
            || "-".to_owned(),
            |check| format!("{} ms", check.measured_ms),
        );
        let _ = writeln!(
            out,
            "  {number:3} {:name_width$}  {colour}{:18}{colour:#}  {checks:>6}  {expected:>9}  {measured:>9}",
            result.exercise,
            result.status.label(),
        );
    }
    out
}

/// Where the learner reads the focus, which decides what it tells them to do after an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Loop {
    /// A checker command: run the tests or the checker again.
    Checker,
    /// Watch mode, which regrades on every save by itself.
    Watch,
    /// Watch mode with `--manual`, which regrades when Enter is pressed.
    WatchOnEnter,
}

/// A view of one exercise in detail, and which of its hints it shows (0: none fitted).
pub struct Focus {
    pub text: String,
    pub hint_shown: usize,
}

/// `cargo course`: the table, then the first exercise that is not solved in detail (see
/// [`focus_on`]) with hint number `hint` of it, fitted to `area`. When the whole table leaves the
/// focus too few rows, only its first line stays: what went wrong matters more.
pub fn overview(course: &Course, graded: &[Graded], hint: usize, area: Area) -> Focus {
    let plain = |text: String| Focus {
        text,
        hint_shown: 0,
    };
    let Some(result) = graded.iter().find(|g| g.status != Status::Solved) else {
        return plain(format!(
            "{}\nEvery exercise is solved: well done.\n",
            table(course, graded)
        ));
    };
    let Some(exercise) = course.exercise(&result.exercise) else {
        return plain(table(course, graded));
    };
    // The blank line between the two, and the shell's prompt after them.
    let around = 2;
    let full = table(course, graded);
    let table_rows = fit::rows(&full, area.width);
    let focus = focus_on(
        exercise,
        result,
        hint,
        Loop::Checker,
        area.less(table_rows + around),
    );
    if area.fits(table_rows + around, fit::rows(&focus.text, area.width)) {
        return Focus {
            text: format!("{full}\n{}", focus.text),
            ..focus
        };
    }
    let short = format!(
        "{}{DIM}({} lists every exercise){DIM:#}\n",
        full.lines()
            .next()
            .map_or_else(String::new, |line| format!("{line}\n")),
        course_command("list")
    );
    let focus = focus_on(exercise, result, hint, Loop::Checker, area.less(2 + around));
    Focus {
        text: format!("{short}\n{}", focus.text),
        ..focus
    }
}

/// One exercise in detail, fitted to `area`: what went wrong, the timeline, hint number `hint`
/// (none when 0) and where to read more. The lines that matter least go first when rows are
/// short: the seed, the chapter, the hint; then the timeline loses rows. The message itself is
/// never cut, so its first line always shows.
pub fn focus_on(
    exercise: &Exercise,
    result: &Graded,
    hint: usize,
    after_edit: Loop,
    area: Area,
) -> Focus {
    let width = area.width;
    let then = match after_edit {
        Loop::Checker => format!("; `cargo test -p {}` checks it", exercise.name),
        Loop::Watch => " and save it: watch regrades it".to_owned(),
        Loop::WatchOnEnter => ", save it and press Enter to regrade".to_owned(),
    };
    let mut head = format!(
        "{BOLD}Next: {} {}, \"{}\"{BOLD:#}: {}\n",
        exercise.number(),
        exercise.name,
        exercise.info.title,
        lesson::label(exercise, result)
    );
    head.push_str(&fit::wrap(
        &format!("Edit {}{then}.", exercise.file().display()),
        width,
    ));
    head.push('\n');
    let check = result.lesson(&exercise.info.diagram);
    if let Some(check) = check {
        // A message taller than the screen keeps its first lines: scrolled, it would lose them.
        let rows = area.height.map_or(usize::MAX, |height| {
            height.saturating_sub(fit::rows(&head, width) + 2)
        });
        head.push_str(&fit::first_lines(
            &fit::wrap(&explain(check, Drawing::WithoutTimeline), width),
            rows.max(3),
            "lines: `cargo course run` shows them all",
        ));
    }
    // Compiler errors can run long, the lesson's included: a screenful at most, the rest counted.
    let errors = lesson::explain(exercise, result).or_else(|| result.detail.clone());
    if let Some(errors) = errors {
        let rows = area.height.map_or(usize::MAX, |height| height / 2);
        head.push_str(&fit::first_lines(
            &fit::wrap(errors.trim_end(), width),
            rows,
            "lines",
        ));
    }
    let hint_block = hint
        .checked_sub(1)
        .and_then(|index| exercise.info.hints.get(index))
        .map(|text| {
            let mut block = fit::wrap(
                &format!(
                    "\n{BOLD}Hint {hint} of {}{BOLD:#}: {text}",
                    exercise.info.hints.len()
                ),
                width,
            );
            if hint < exercise.info.hints.len() {
                block.push_str(&fit::wrap(
                    &format!(
                        "More hints, one at a time: {}",
                        course_command(&format!("hint {}", exercise.name))
                    ),
                    width,
                ));
            }
            block
        })
        .unwrap_or_default();
    let read_more = fit::wrap(
        &format!(
            "Read more: {} (`mdbook serve book` opens the book)",
            exercise.chapter().display()
        ),
        width,
    );
    let seed = result.checks.first().map_or_else(String::new, |check| {
        fit::wrap(
            &format!(
                "{DIM}Seed {}: replay this run with {}.{DIM:#}",
                check.seed,
                course_command(&format!("--seed {}", check.seed))
            ),
            width,
        )
    });

    // The timeline's title and its smallest drawing come first; then the optional lines, as
    // many as fit; then the timeline grows into the rows left.
    let trace = check
        .map(|check| &check.trace)
        .filter(|trace| !trace.events.is_empty());
    let title = "\nWhat ran when, in virtual time:\n";
    let full_timeline = trace.map_or(0, |trace| {
        fit::timeline(trace, 0, width, None).lines().count()
    });
    let mut used = fit::rows(&head, width);
    let smallest = full_timeline.min(fit::MIN_TIMELINE_ROWS);
    let trace = trace.filter(|_| area.fits(used, 2 + smallest));
    if trace.is_some() {
        used += 2 + smallest;
    } else if check.is_some_and(|check| !check.trace.events.is_empty()) {
        head.push_str(&fit::wrap(
            &format!(
                "\n{} draws the timeline of this run.",
                course_command(&format!("run {}", exercise.name))
            ),
            width,
        ));
        used += 2;
    }
    let mut extras = String::new();
    let mut hint_shown = 0;
    for (block, number) in [(&hint_block, hint), (&read_more, 0), (&seed, 0)] {
        let rows = fit::rows(block, width);
        // The hint opens with a blank line; without it, the chapter's line takes one.
        let gap = usize::from(extras.is_empty() && number == 0);
        if !block.is_empty() && area.fits(used, rows + gap) {
            used += rows + gap;
            extras.push_str(&"\n".repeat(gap));
            extras.push_str(block);
            hint_shown = hint_shown.max(number);
        }
    }
    let mut out = head;
    if let Some(trace) = trace {
        let rows = area
            .height
            .map_or(full_timeline, |height| {
                smallest + height.saturating_sub(used)
            })
            .min(full_timeline);
        out.push_str(title);
        out.push_str(&fit::timeline(trace, 0, width, Some(rows)));
    }
    out.push_str(&extras);
    Focus {
        text: out,
        hint_shown,
    }
}

/// The first lines of `checker run`: which exercise, its verdict and its file.
pub fn header(exercise: &Exercise, result: &Graded) -> String {
    let colour = of_status(result.status);
    let mut out = format!(
        "{BOLD}{} {}, \"{}\"{BOLD:#}: {colour}{}{colour:#}",
        exercise.number(),
        exercise.name,
        exercise.info.title,
        lesson::label(exercise, result)
    );
    if !result.checks.is_empty() {
        let _ = write!(
            out,
            ", {} of {} checks pass",
            result.passed(),
            result.checks.len()
        );
    }
    let _ = writeln!(out, "\nYour file: {}", exercise.file().display());
    out
}
