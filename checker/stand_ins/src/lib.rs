//! The stand-ins for slow I/O that the asynclings exercises call: `task_one`, `fetch_user`,
//! `fetch_url`, `read_file`, ... Each one is a named task whose duration and result the test
//! decides; awaiting it sleeps on tokio's clock, and it records when it starts, ends or is
//! cancelled. The CPU-bound ones (`resize_image`) are plain functions that keep their thread busy
//! for their planned time, on the runtime's thread or on its blocking pool.
//!
//! This is the only course crate an exercise depends on. The harness that plans scenarios, runs
//! the learner's code and checks the trace (the `timeline` crate) is a dev-dependency: only the
//! tests reach it, so a learner's code cannot replay a test's scenario or forge its report.
//! What the harness needs from here sits in [`__harness`], which the checker's integrity check
//! does not let a learner's file name.

mod api;
mod event;
mod live;
mod pool;
mod recorder;

pub use api::*;

/// The harness's side of the stand-ins: the recorder a run installs, the plans it is given and
/// the events it records. Not for exercises: the checker rejects a learner file that names it.
#[doc(hidden)]
pub mod __harness {
    pub use crate::event::{Event, EventKind, Outcome, Plan, millis};
    pub use crate::live::{LIVE_VAR, Live, LiveLine, SPEED_VAR};
    pub use crate::recorder::{Installed, Session, call, compute};
}
