//! What ran when: the events of one run and the spans derived from them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use stand_ins::__harness::{Event, EventKind};

/// Every event of one run, sorted by (time, task), the run's total virtual time, and the order
/// in which the tasks were first called.
///
/// Events at the same instant can be recorded in an order that depends on polling; sorting by
/// task name keeps snapshots and comparisons stable. The sort is stable, so one task's own events
/// keep their causal order.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Trace {
    pub events: Vec<Event>,
    pub total_ms: u64,
    /// Every start of a task, in the order the code called (first polled) it: the order of the
    /// rows of a drawing, so that `join!(a, b, c)` is drawn a, b, c. Older reports lack it: their
    /// rows come by start time, then name.
    #[serde(default)]
    pub call_order: Vec<String>,
}

/// How a span ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpanEnd {
    Finished,
    Failed,
    Cancelled,
    /// Still running when the run ended: nobody awaited it or cancelled it.
    Running,
}

/// One execution of a task, from its start to its end.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Span {
    pub task: String,
    pub start_ms: u64,
    pub end_ms: u64,
    pub end: SpanEnd,
    /// CPU work that ran on the runtime's thread and held it: no other task ran there meanwhile.
    pub blocking: bool,
}

impl Trace {
    /// A trace of these events, sorted as described on [`Trace`].
    pub fn new(mut events: Vec<Event>, total_ms: u64) -> Self {
        // Taken before the sort: the events are recorded in the order they happened.
        let call_order = events
            .iter()
            .filter(|event| event.kind == EventKind::Started)
            .map(|event| event.task.clone())
            .collect();
        events.sort_by(|a, b| (a.at_ms, &a.task).cmp(&(b.at_ms, &b.task)));
        Self {
            events,
            total_ms,
            call_order,
        }
    }

    /// Every execution of every task, in call order (see [`Trace::call_order`]). A task that ran
    /// twice has two.
    pub fn spans(&self) -> Vec<Span> {
        let mut spans: Vec<Span> = Vec::new();
        for event in &self.events {
            if event.kind == EventKind::Started {
                spans.push(Span {
                    task: event.task.clone(),
                    start_ms: event.at_ms,
                    end_ms: self.total_ms.max(event.at_ms),
                    end: SpanEnd::Running,
                    blocking: event.blocking,
                });
                continue;
            }
            // An end belongs to the earliest execution of the same task still open.
            if let Some(span) = spans
                .iter_mut()
                .find(|span| span.task == event.task && span.end == SpanEnd::Running)
            {
                span.end_ms = event.at_ms;
                span.end = match event.kind {
                    EventKind::Failed => SpanEnd::Failed,
                    EventKind::Cancelled => SpanEnd::Cancelled,
                    EventKind::Started | EventKind::Finished => SpanEnd::Finished,
                };
            }
        }
        // The n-th execution of a task is its n-th call: a task's executions start in order.
        let mut seen: BTreeMap<String, usize> = BTreeMap::new();
        let mut keyed: Vec<(usize, Span)> = Vec::with_capacity(spans.len());
        for span in spans {
            let nth = seen.entry(span.task.clone()).or_default();
            let called = self
                .call_order
                .iter()
                .enumerate()
                .filter(|(_, task)| **task == span.task)
                .nth(*nth)
                .map_or(usize::MAX, |(index, _)| index);
            *nth += 1;
            keyed.push((called, span));
        }
        keyed.sort_by(|(a_called, a), (b_called, b)| {
            (a_called, a.start_ms, &a.task).cmp(&(b_called, b.start_ms, &b.task))
        });
        keyed.into_iter().map(|(_, span)| span).collect()
    }

    /// The first execution of `task`, if it ever started.
    pub fn span(&self, task: &str) -> Option<Span> {
        self.spans().into_iter().find(|span| span.task == task)
    }

    /// How many times `task` started.
    pub fn starts(&self, task: &str) -> usize {
        self.events
            .iter()
            .filter(|event| event.task == task && event.kind == EventKind::Started)
            .count()
    }

    /// The largest number of tasks running at the same moment. A task that ends at the instant
    /// another starts does not overlap it.
    pub fn peak_in_flight(&self) -> usize {
        let mut changes: Vec<(u64, i64)> = Vec::new();
        for span in self.spans() {
            changes.push((span.start_ms, 1));
            if span.end != SpanEnd::Running {
                changes.push((span.end_ms, -1));
            }
        }
        // At equal times, ends (-1) sort before starts (+1).
        changes.sort_unstable();
        let mut running = 0_i64;
        let mut peak = 0_i64;
        for (_, change) in changes {
            running += change;
            peak = peak.max(running);
        }
        usize::try_from(peak).unwrap_or(0)
    }
}
