//! Real-clock mode, for the checker's `live` view: the stand-ins write each event to the file
//! that `LIVE_VAR` names (see `stand_ins`); here are the guards of such a run.

use std::time::Duration;

use stand_ins::__harness::Live;
pub use stand_ins::__harness::{LIVE_VAR, LiveLine, SPEED_VAR};

use crate::limits::Limits;

/// The guards of a live run: the virtual deadline in real time, and a watchdog that waits for
/// it, since a live run spends real time by design.
pub(crate) fn limits(live: &Live, limits: Limits) -> Limits {
    let deadline = limits.deadline.div_f64(live.speed);
    let watchdog = deadline + Duration::from_secs(5);
    Limits {
        deadline,
        watchdog,
        blocked_after: watchdog,
    }
}
