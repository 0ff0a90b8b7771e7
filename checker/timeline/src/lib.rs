//! The asynclings harness: it measures TIMING (how long a learner's async code took) and
//! ORDERING (what started and finished when), exactly, on tokio's paused clock.
//!
//! How the pieces fit, in the order a test uses them:
//! - [`Scenario`] says what each stand-in task does in one run: how long it takes and what it
//!   returns. Durations and values are drawn from a seed, so hard-coded answers fail.
//! - The `stand_ins` crate holds the stand-ins for slow I/O that the exercises call
//!   (`task_one`, `fetch_user`, ...). Each records when it starts, finishes or is cancelled.
//!   It is the only course crate the exercises depend on; this harness is their dev-dependency.
//! - [`run()`] runs the learner's code on a current-thread runtime whose clock starts paused,
//!   with a virtual-time deadline and a wall-clock watchdog, and returns a [`Run`] holding the
//!   [`Trace`].
//! - [`Run::check`] starts a [`Check`]: assertions whose failure messages name the mistake,
//!   show expected against measured time and draw the timeline ([`draw()`]).
//! - [`report`] writes each check's result as JSON for the checker, when it asks for them.

mod check;
mod draw;
mod limits;
pub mod real_clock;
pub mod report;
mod run;
mod scenario;
mod trace;

pub use check::{Check, StdValue};
pub use draw::{draw, draw_on_axis};
pub use limits::Limits;
pub use report::{Failure, FailureKind};
pub use run::{Ending, Run, run, run_with_limits};
pub use scenario::{SEED_VAR, Scenario, run_seed};
pub use stand_ins::__harness::{Event, EventKind, Outcome, call, compute};
pub use trace::{Span, SpanEnd, Trace};
