//! The execution table: a run told step by step. Each step is a moment when something happened
//! (a task was called, finished, failed or was cancelled), with what the code was then waiting
//! for and the status of every task.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use timeline::{EventKind, Trace};

use timeline::report::{CheckReport, Drawing, explain};

use crate::engine::course::Exercise;
use crate::engine::verdict::Graded;
use crate::views::fit::{self, Area};
use crate::views::progress;
use crate::views::style::{BOLD, DIM, course_command};

/// Above this many tasks, one column per task no longer fits a terminal: the table counts them.
const TASK_COLUMNS: usize = 5;
/// The width of the "then waiting for" column.
const WAITING: usize = 20;

/// The status of a task between two steps.
#[derive(Clone, Copy, PartialEq, Eq)]
enum TaskState {
    NotStarted,
    Running,
    Finished,
    Failed,
    Cancelled,
}

impl TaskState {
    fn label(self) -> &'static str {
        match self {
            Self::NotStarted => "not started",
            Self::Running => "running",
            Self::Finished => "finished",
            Self::Failed => "failed",
            Self::Cancelled => "cancelled",
        }
    }
}

/// `cargo course run` on a failed exercise, fitted to `area`: the header and `check`'s message
/// (never cut), the learner's timeline, the reference solution's (`expected`) on the same axis,
/// and the step-by-step table. On a short terminal the timelines lose rows first to the
/// message, and the table takes what is left, or is left out with a note.
pub fn run_view(
    exercise: &Exercise,
    result: &Graded,
    check: &CheckReport,
    expected: Option<&CheckReport>,
    seed: u64,
    area: Area,
) -> String {
    let width = area.width;
    let mut out = progress::header(exercise, result);
    out.push('\n');
    let message = fit::wrap(&explain(check, Drawing::WithoutTimeline), width);
    let footer = fit::wrap(
        &format!(
            "\nStuck? {} shows a hint; {DIM}`--seed {seed}` replays this run.{DIM:#}",
            course_command(&format!("hint {}", exercise.name))
        ),
        width,
    );
    let note = fit::wrap(
        &format!(
            "\n(The rest needs a taller terminal: `cargo course run {} --seed {seed} | less`.)",
            exercise.name
        ),
        width,
    );
    // The shell's prompt after the output, and the note if something is left out.
    let fixed = fit::rows(&out, width) + fit::rows(&footer, width) + 1 + fit::rows(&note, width);
    // A message taller than the screen keeps its first lines: scrolled, it would lose them.
    let mut left_out = false;
    match area.height {
        Some(height) if fixed + fit::rows(&message, width) > height => {
            left_out = true;
            out.push_str(&fit::first_lines(
                &message,
                height.saturating_sub(fixed).max(3),
                "lines",
            ));
        }
        _ => out.push_str(&message),
    }
    let used = fit::rows(&out, width) + fit::rows(&footer, width) + 1 + fit::rows(&note, width);
    let mut left = area.height.map(|height| height.saturating_sub(used));
    let axis = expected.map_or(0, |reference| reference.trace.total_ms);
    let mut drawings = vec![(
        format!("\n{BOLD}Your run{BOLD:#}, in virtual time:\n"),
        &check.trace,
        axis,
    )];
    if let Some(reference) = expected {
        drawings.push((
            format!("\n{BOLD}Expected{BOLD:#} (the reference solution on the same scenario):\n"),
            &reference.trace,
            check.trace.total_ms,
        ));
    }
    // In order of importance, each part gets an even share of the rows left, at least its
    // smallest drawing; a part whose smallest drawing does not fit is left out, with a note.
    let parts = drawings.len() + 1;
    for (index, (title, trace, axis)) in drawings.into_iter().enumerate() {
        let full = fit::timeline(trace, axis, width, None).lines().count();
        let smallest = full.min(fit::MIN_TIMELINE_ROWS);
        let rows = match left {
            None => full,
            Some(left) if left < 2 + smallest => {
                left_out = true;
                continue;
            }
            Some(left) => (left / (parts - index))
                .saturating_sub(2)
                .clamp(smallest, full),
        };
        let drawn = fit::timeline(trace, axis, width, Some(rows));
        left = left.map(|left| left.saturating_sub(2 + drawn.lines().count()));
        out.push_str(&title);
        out.push_str(&drawn);
    }
    match left.map(|left| left.saturating_sub(2)) {
        Some(rows) if rows < 3 => left_out = true,
        rows => {
            out.push_str(&format!("\n{BOLD}Step by step{BOLD:#}, your run:\n"));
            out.push_str(&table(&check.trace, width, rows));
        }
    }
    if left_out {
        out.push_str(&note);
    }
    out.push_str(&footer);
    out
}

/// The table for `trace`, at most `width` columns wide and `max_rows` rows high (past those,
/// the remaining steps are counted on a last line). A column per task is added only when they
/// all fit the width.
pub fn table(trace: &Trace, width: usize, max_rows: Option<usize>) -> String {
    let mut tasks: Vec<&str> = Vec::new();
    for event in &trace.events {
        if !tasks.contains(&event.task.as_str()) {
            tasks.push(&event.task);
        }
    }
    if tasks.is_empty() {
        return "(no task was called)\n".to_owned();
    }
    let mut status: BTreeMap<&str, TaskState> = tasks
        .iter()
        .map(|task| (*task, TaskState::NotStarted))
        .collect();
    // One step per instant: events at the same virtual millisecond happened "at once".
    let mut steps: Vec<(u64, Vec<String>, BTreeMap<&str, TaskState>)> = Vec::new();
    for event in &trace.events {
        let (verb, next) = match event.kind {
            EventKind::Started => ("called", TaskState::Running),
            EventKind::Finished => ("finished", TaskState::Finished),
            EventKind::Failed => ("failed", TaskState::Failed),
            EventKind::Cancelled => ("cancelled", TaskState::Cancelled),
        };
        status.insert(&event.task, next);
        let happened = format!("{} {verb}", event.task);
        match steps.last_mut() {
            Some((at, what, after)) if *at == event.at_ms => {
                what.push(happened);
                after.clone_from(&status);
            }
            _ => steps.push((event.at_ms, vec![happened], status.clone())),
        }
    }

    // "step   at ms  " and the two spaces before "then waiting for".
    let fixed = 14 + 2 + WAITING;
    let what_width = steps
        .iter()
        .map(|(_, what, _)| what.join(", ").chars().count())
        .max()
        .unwrap_or(0)
        .clamp(13, width.saturating_sub(fixed).clamp(13, 60));
    let widths: Vec<usize> = tasks
        .iter()
        .map(|task| task.chars().count().max(11))
        .collect();
    let task_columns: usize = widths.iter().map(|width| width + 2).sum();
    let per_task = tasks.len() <= TASK_COLUMNS && fixed + what_width + task_columns <= width;
    let mut out = String::new();
    let _ = write!(
        out,
        "step   at ms  {:what_width$}  {:WAITING$}",
        "what happened", "then waiting for"
    );
    if per_task {
        for (task, width) in tasks.iter().zip(&widths) {
            let _ = write!(out, "  {task:width$}");
        }
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    for (number, (at, what, after)) in steps.iter().enumerate() {
        let running: Vec<&str> = tasks
            .iter()
            .copied()
            .filter(|task| after.get(task) == Some(&TaskState::Running))
            .collect();
        let waiting = match running.len() {
            0 => "-".to_owned(),
            1..=2 => fit::abbreviate(&running.join(", "), WAITING),
            count => format!("{count} tasks"),
        };
        let _ = write!(
            out,
            "{:>4}  {at:>6}  {:what_width$}  {waiting:WAITING$}",
            number + 1,
            fit::clip(&what.join(", "), what_width)
        );
        if per_task {
            for (task, width) in tasks.iter().zip(&widths) {
                let label = after.get(task).map_or("", |status| status.label());
                let _ = write!(out, "  {label:width$}");
            }
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
    }
    match max_rows {
        Some(rows) => fit::first_lines(&out, rows.max(3), "steps"),
        None => out,
    }
}
