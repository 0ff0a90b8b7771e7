//! What a stand-in is planned to do, and what it records as it does it.

use std::time::Duration;

use serde::{Deserialize, Serialize};

/// How a stand-in task ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// It succeeds with one value.
    Value(String),
    /// It succeeds with several values, as a callback called with `(null, a, b)` does.
    Values(Vec<String>),
    /// It fails with this message, as a rejected promise does.
    Error(String),
}

/// One planned task: how long it runs and how it ends.
#[derive(Clone, Debug)]
pub struct Plan {
    pub duration: Duration,
    pub outcome: Outcome,
}

/// Something that happened to a task.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// First polled: the task's body began to run.
    Started,
    /// Ran to its end and returned its value.
    Finished,
    /// Ran to its end and returned its error.
    Failed,
    /// Dropped before it ended.
    Cancelled,
}

/// One event, at a virtual time in milliseconds since the run began.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Event {
    pub at_ms: u64,
    pub task: String,
    pub kind: EventKind,
    /// Set on the start of CPU work (`resize_image`) that ran on the runtime's thread, which it
    /// held until it returned: no other task ran there meanwhile. Older reports lack it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub blocking: bool,
}

/// Whole milliseconds of a duration; the stand-ins only ever sleep whole milliseconds.
pub fn millis(duration: Duration) -> u64 {
    u64::try_from(duration.as_millis()).unwrap_or(u64::MAX)
}
