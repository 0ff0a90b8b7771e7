//! The recorder that every stand-in task reports to while a run is under way.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::time::Instant;

use crate::event::{Event, EventKind, Outcome, Plan, millis};
use crate::live::{Live, LiveLine};
use crate::pool::Pool;

/// One run's plans and the events recorded so far.
///
/// The events sit behind a mutex rather than a `RefCell` for one reason: when the learner's code
/// blocks the runtime's thread, the watchdog on another thread still reads what had happened.
#[derive(Debug)]
pub struct Session {
    origin: Instant,
    plans: BTreeMap<String, Plan>,
    events: Mutex<Vec<Event>>,
    /// Set in a live run, on the real clock: where events go as they happen, and the speed.
    live: Option<Live>,
    /// The threads of tokio's blocking pool, for the CPU-bound stand-ins (see `pool.rs`).
    pub(crate) pool: Pool,
}

thread_local! {
    // The runtime is current-thread, so every task of a run, spawned ones included, is polled on
    // the thread where the session is installed.
    static CURRENT: RefCell<Option<Arc<Session>>> = const { RefCell::new(None) };
    // The session of the run whose blocking pool this thread belongs to: CPU-bound stand-ins
    // (`spawn_blocking(|| resize_image(..))`) run here, beside the runtime's thread.
    static POOL: RefCell<Option<Arc<Session>>> = const { RefCell::new(None) };
}

/// Makes `session` the one that CPU-bound stand-ins on this pool thread report to.
pub(crate) fn enter_pool(session: &Arc<Session>) {
    POOL.with(|pool| *pool.borrow_mut() = Some(Arc::clone(session)));
}

impl Session {
    /// A session whose time zero is now. Call it inside the runtime, so that `now` is virtual.
    pub fn start(plans: BTreeMap<String, Plan>, live: Option<Live>) -> Arc<Self> {
        if let Some(live) = &live {
            let planned_ms = plans
                .iter()
                .map(|(task, plan)| (task.clone(), millis(plan.duration)))
                .collect();
            live.write(&LiveLine::Plan { planned_ms });
        }
        Arc::new(Self {
            origin: Instant::now(),
            plans,
            events: Mutex::new(Vec::new()),
            pool: Pool::new(live.is_none()),
            live,
        })
    }

    /// How much faster than real time the session's clock runs: 1 but in a live run.
    pub(crate) fn speed(&self) -> f64 {
        self.live.as_ref().map_or(1.0, |live| live.speed)
    }

    /// Makes this the session that stand-ins on this thread report to, until the guard drops.
    pub fn install(self: &Arc<Self>) -> Installed {
        CURRENT.with(|current| *current.borrow_mut() = Some(Arc::clone(self)));
        Installed
    }

    /// Milliseconds since the session started, on the runtime's clock.
    pub fn now_ms(&self) -> u64 {
        millis(self.origin.elapsed().mul_f64(self.speed()))
    }

    /// Ends the run: once every pool thread has settled, the works still under way on them are
    /// let go (see `pool.rs`), and a live view is told.
    pub fn end(&self) {
        self.end_pool();
        if let Some(live) = &self.live {
            live.write(&LiveLine::End {
                total_ms: self.now_ms(),
            });
        }
    }

    /// A copy of the events so far.
    pub fn events(&self) -> Vec<Event> {
        self.lock().clone()
    }

    /// Records that `task` did `kind` now. On the paused clock, only the runtime's thread
    /// records this way, once the pool threads have settled (see `pool.rs`).
    pub(crate) fn record(&self, task: &str, kind: EventKind) {
        self.record_as(task, kind, false);
    }

    /// [`Session::record`], for an event that may say the task held the runtime's thread.
    pub(crate) fn record_as(&self, task: &str, kind: EventKind, blocking: bool) {
        let _settled = self.pool.settle(self);
        self.push(Event {
            at_ms: self.now_ms(),
            task: task.to_owned(),
            kind,
            blocking,
        });
    }

    pub(crate) fn push(&self, event: Event) {
        if let Some(live) = &self.live {
            live.write(&LiveLine::Event(event.clone()));
        }
        self.lock().push(event);
    }

    /// What the scenario planned for `task`.
    ///
    /// # Panics
    /// When it did not plan `task`: the call's name or arguments are wrong.
    fn plan_of(&self, task: &str) -> Plan {
        self.plans.get(task).cloned().unwrap_or_else(|| {
            panic!(
                "the test did not expect a call to {task}: check the name and the arguments \
                 (planned: {})",
                self.plans.keys().cloned().collect::<Vec<_>>().join(", ")
            )
        })
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<Event>> {
        // A panic while the lock was held cannot leave the list half-written: keep using it.
        self.events.lock().unwrap_or_else(PoisonError::into_inner)
    }
}

/// Uninstalls the session when dropped.
pub struct Installed;

impl Drop for Installed {
    fn drop(&mut self) {
        CURRENT.with(|current| current.borrow_mut().take());
    }
}

/// Runs the stand-in task `task` as the current scenario planned it: it records `Started`, sleeps
/// for the planned time on tokio's clock, records how it ended and returns the planned outcome.
///
/// `Started` is recorded at the first poll, not when the future is built: a Rust future does
/// nothing until it is polled. If the future is dropped before it ends, a drop guard records
/// `Cancelled`.
///
/// # Panics
/// When no run is under way on this thread, or the scenario did not plan `task`.
pub async fn call(task: impl Into<String>) -> Outcome {
    let task = task.into();
    let session = CURRENT
        .with(|current| current.borrow().clone())
        .unwrap_or_else(|| {
            panic!(
                "{task} was called outside a timeline run: the stand-in tasks only work inside \
                 code started by the harness's `timeline::run`, on the runtime's own thread"
            )
        });
    let plan = session.plan_of(&task);
    let duration = plan.duration.div_f64(session.speed());
    let mut in_flight = InFlight::start(session, task);
    tokio::time::sleep(duration).await;
    in_flight.end(end_of(&plan.outcome));
    plan.outcome
}

/// Runs the CPU-bound stand-in task `task` as the current scenario planned it: it computes for
/// the planned time without ever yielding, records its start and end, and returns the planned
/// outcome. On the runtime's thread the clock jumps by that time at once and nothing else runs
/// meanwhile; on a thread of the blocking pool (`spawn_blocking`) it runs beside the runtime
/// (see `pool.rs`). In a live run it sleeps for real, wherever it is.
///
/// # Panics
/// When called on a thread that is neither the runtime's nor one of its blocking pool (a thread
/// of the code's own, which the course cannot measure), or when the scenario did not plan `task`.
pub fn compute(task: impl Into<String>) -> Outcome {
    let task = task.into();
    let in_place = CURRENT.with(|current| current.borrow().clone());
    let (session, in_place) = match in_place {
        Some(session) => (session, true),
        None => match POOL.with(|pool| pool.borrow().clone()) {
            Some(session) => (session, false),
            None => panic!(
                "{task} was called on a thread that is neither the runtime's nor one of its \
                 blocking pool, such as one started with `std::thread::spawn`: the course cannot \
                 measure work there. Run it with `tokio::task::spawn_blocking`, which hands it to \
                 a thread of the runtime's pool."
            ),
        },
    };
    let plan = session.plan_of(&task);
    let end = end_of(&plan.outcome);
    if session.live.is_some() {
        session.record_as(&task, EventKind::Started, in_place);
        std::thread::sleep(plan.duration.div_f64(session.speed()));
        session.record(&task, end);
    } else if in_place {
        session.compute_in_place(&task, plan.duration, end);
    } else {
        session.compute_beside(&task, plan.duration, end);
    }
    plan.outcome
}

/// The event that ends a task planned to end with `outcome`.
fn end_of(outcome: &Outcome) -> EventKind {
    match outcome {
        Outcome::Error(_) => EventKind::Failed,
        Outcome::Value(_) | Outcome::Values(_) => EventKind::Finished,
    }
}

/// A task between its start and its end. Dropping it before `end` means the task was cancelled.
struct InFlight {
    session: Arc<Session>,
    task: String,
    ended: bool,
}

impl InFlight {
    fn start(session: Arc<Session>, task: String) -> Self {
        session.record(&task, EventKind::Started);
        Self {
            session,
            task,
            ended: false,
        }
    }

    fn end(&mut self, kind: EventKind) {
        self.session.record(&self.task, kind);
        self.ended = true;
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if !self.ended {
            self.session.record(&self.task, EventKind::Cancelled);
        }
    }
}
