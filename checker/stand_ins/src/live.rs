//! Real-clock mode, for the checker's `live` view: when [`LIVE_VAR`] names a file, a run uses
//! the real clock (sped up or slowed down by [`SPEED_VAR`]) instead of the paused one, and writes
//! each event to that file as a line of JSON the moment it happens.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::Write as _;
use std::sync::{Mutex, PoisonError};

use serde::{Deserialize, Serialize};

use crate::event::Event;

/// Names the file a live run writes its events to.
pub const LIVE_VAR: &str = "ASYNCLINGS_LIVE";
/// How fast a live run's clock goes: 2 runs a 1000 ms task in half a second.
pub const SPEED_VAR: &str = "ASYNCLINGS_LIVE_SPEED";

/// One line of a live run's file.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "line", rename_all = "snake_case")]
pub enum LiveLine {
    /// First: every planned task and its duration, in virtual milliseconds.
    Plan { planned_ms: BTreeMap<String, u64> },
    /// Something happened, at a virtual time: real time multiplied by the speed.
    Event(Event),
    /// Last: the run ended after this many virtual milliseconds.
    End { total_ms: u64 },
}

/// A live run's log file and clock speed.
#[derive(Debug)]
pub struct Live {
    file: Mutex<File>,
    pub speed: f64,
}

impl Live {
    /// The live settings from the environment, when a live run was asked for.
    pub fn from_env() -> Option<Self> {
        let path = std::env::var_os(LIVE_VAR)?;
        let file = File::options().append(true).create(true).open(path).ok()?;
        let speed = std::env::var(SPEED_VAR)
            .ok()
            .and_then(|text| text.parse::<f64>().ok())
            .filter(|speed| speed.is_finite() && *speed > 0.0)
            .unwrap_or(1.0);
        Some(Self {
            file: Mutex::new(file),
            speed,
        })
    }

    /// Writes `line` and flushes it, so the reader sees it at once. A write that fails only
    /// costs the live view a line.
    pub fn write(&self, line: &LiveLine) {
        if let Ok(mut json) = serde_json::to_vec(line) {
            json.push(b'\n');
            let mut file = self.file.lock().unwrap_or_else(PoisonError::into_inner);
            let _ = file.write_all(&json);
            let _ = file.flush();
        }
    }
}
