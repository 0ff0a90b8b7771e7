//! The execution table: a run told step by step. Each step is a moment when something happened
//! (a task was called, finished, failed or was cancelled), with what the code was then waiting
//! for and the status of every task.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use timeline::{EventKind, Trace};

/// Above this many tasks, one column per task no longer fits a terminal: the table counts them.
const TASK_COLUMNS: usize = 5;

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

/// The table for `trace`.
pub fn table(trace: &Trace) -> String {
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

    let what_width = steps
        .iter()
        .map(|(_, what, _)| what.join(", ").len())
        .max()
        .unwrap_or(0)
        .clamp(13, 60);
    let per_task = tasks.len() <= TASK_COLUMNS;
    let widths: Vec<usize> = tasks.iter().map(|task| task.len().max(11)).collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "step   at ms  {:what_width$}  {:20}",
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
            1..=2 => running.join(", "),
            count => format!("{count} tasks"),
        };
        let _ = write!(
            out,
            "{:>4}  {at:>6}  {:what_width$}  {waiting:20}",
            number + 1,
            shorten(&what.join(", "), what_width)
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
    out
}

/// `text` cut to `width` characters, with an ellipsis when something was cut.
fn shorten(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(width.saturating_sub(3)).collect();
    short.push_str("...");
    short
}
