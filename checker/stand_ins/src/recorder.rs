//! The recorder that every stand-in task reports to while a run is under way.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, PoisonError};

use tokio::time::Instant;

use crate::event::{Event, EventKind, Outcome, Plan, millis};
use crate::live::{Live, LiveLine};

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
}

thread_local! {
    // The runtime is current-thread, so every task of a run, spawned ones included, is polled on
    // the thread where the session is installed.
    static CURRENT: RefCell<Option<Arc<Session>>> = const { RefCell::new(None) };
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
            live,
        })
    }

    /// How much faster than real time the session's clock runs: 1 but in a live run.
    fn speed(&self) -> f64 {
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

    /// Tells a live view that the run ended.
    pub fn end(&self) {
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

    fn record(&self, task: &str, kind: EventKind) {
        let event = Event {
            at_ms: self.now_ms(),
            task: task.to_owned(),
            kind,
        };
        if let Some(live) = &self.live {
            live.write(&LiveLine::Event(event.clone()));
        }
        self.lock().push(event);
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
    let Some(plan) = session.plans.get(&task).cloned() else {
        panic!(
            "the test did not expect a call to {task}: check the name and the arguments \
             (planned: {})",
            session.plans.keys().cloned().collect::<Vec<_>>().join(", ")
        )
    };
    let duration = plan.duration.div_f64(session.speed());
    let mut in_flight = InFlight::start(session, task);
    tokio::time::sleep(duration).await;
    in_flight.end(match plan.outcome {
        Outcome::Error(_) => EventKind::Failed,
        Outcome::Value(_) | Outcome::Values(_) => EventKind::Finished,
    });
    plan.outcome
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
