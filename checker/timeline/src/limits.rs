//! The guards of a run: how long it may take, in virtual and in real time.

use std::time::Duration;

/// The guards of a run.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    /// Virtual time after which a run that has not returned is stopped: it never finishes (a
    /// future that waits on nothing, a forgotten task). On the paused clock the runtime jumps
    /// straight to this deadline when nothing else can happen, so it costs no wall time.
    pub deadline: Duration,
    /// Wall-clock time after which the watchdog gives up on a run whose thread is stuck: a
    /// `std::thread::sleep` or a busy loop keeps the runtime from ever reaching the deadline.
    pub watchdog: Duration,
    /// Wall-clock time above which a run that did return is still judged to have blocked its
    /// thread. An honest run on the paused clock takes microseconds; a loaded machine can still
    /// stall one for longer, so a run over this limit is run again before it is judged (see
    /// [`crate::run_with_limits`]).
    pub blocked_after: Duration,
}

impl Default for Limits {
    fn default() -> Self {
        Self {
            deadline: Duration::from_secs(60),
            watchdog: Duration::from_secs(2),
            blocked_after: Duration::from_millis(50),
        }
    }
}
