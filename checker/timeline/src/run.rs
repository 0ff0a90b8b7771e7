//! Running a learner's future on tokio's paused clock, with guards so that nothing hangs.

use std::any::Any;
use std::collections::BTreeMap;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;
use std::sync::mpsc::{self, RecvTimeoutError};
use std::sync::{Arc, OnceLock};
use std::thread;
use std::time::Duration;

use futures::FutureExt as _;

use stand_ins::__harness::{Live, Session, millis};

use crate::limits::Limits;
use crate::real_clock;
use crate::scenario::Scenario;
use crate::trace::Trace;

/// How a run ended.
#[derive(Debug)]
pub enum Ending<T> {
    /// The learner's future returned this value.
    Returned(T),
    /// It panicked with this message (a `todo!()`, an `unwrap` on an error, ...).
    Panicked(String),
    /// It was still pending at the virtual deadline.
    NeverFinished,
    /// It kept the runtime's only thread busy for this long in wall-clock time.
    BlockedThread(Duration),
}

/// One finished run: how it ended, what ran when, and what it was measured against.
#[derive(Debug)]
pub struct Run<T> {
    pub ending: Ending<T>,
    pub trace: Trace,
    /// Wall-clock time the run took.
    pub wall: Duration,
    pub limits: Limits,
    pub(crate) check: String,
    pub(crate) seed: u64,
    pub(crate) planned_ms: BTreeMap<String, u64>,
    /// Whether the learner's code resumed tokio's clock (`tokio::time::resume`), so that the run
    /// went on real time.
    pub(crate) clock_resumed: bool,
    /// Whether the run stood still past the watchdog while a thread of the blocking pool ran
    /// code outside the stand-ins, which the clock waits for.
    pub(crate) stuck_on_the_pool: bool,
}

/// Runs `make()` to completion under [`Limits::default`]: see [`run_with_limits`].
pub fn run<F, Fut>(scenario: &Scenario, make: F) -> Run<Fut::Output>
where
    F: FnOnce() -> Fut + Clone + Send + 'static,
    Fut: Future + 'static,
    Fut::Output: Send + 'static,
{
    run_with_limits(scenario, Limits::default(), make)
}

/// How many times the runtime gets to run other tasks once the learner's future has returned,
/// before the trace is taken. One is enough for an aborted task; the rest is margin.
const SETTLE_YIELDS: usize = 4;

/// How many runs a scenario gets when each takes longer than [`Limits::blocked_after`] in wall
/// time. On the paused clock the same scenario gives the same run, so an honest run that a busy
/// machine stalled once is fast the next time, while code that blocks its thread is slow every
/// time.
const ATTEMPTS: usize = 3;

/// Real time a run may take on top of [`Limits::blocked_after`] for each millisecond that the
/// harness moved the clock a step at a time, for CPU work on the blocking pool (see `stand_ins`'
/// `pool.rs`). Each step costs the runtime's thread a few microseconds: a second of virtual
/// computation costs milliseconds of the harness's own work, which is not the code blocking its
/// thread. The clock is stepped only while a stand-in's planned CPU work runs on the pool, so
/// code earns no allowance in any other way.
const STEP_ALLOWANCE: Duration = Duration::from_micros(30);

/// What the runtime's thread sends back when the learner's future is done.
struct Done {
    ending: Ending<Erased>,
    trace: Trace,
    clock_resumed: bool,
    /// How many steps the harness moved the clock by (see [`STEP_ALLOWANCE`]).
    clock_steps: u64,
}

/// Runs the future that `make()` builds, on a fresh current-thread runtime whose clock starts
/// paused, in a thread of its own while this thread keeps watch.
///
/// The clock only moves when every task is waiting, and then jumps to the next timer: a 1000 ms
/// task and a 500 ms one take exactly 1500 ms of virtual time one after another and exactly 1000 ms
/// together, in microseconds of wall time.
///
/// A run that returned but took longer than [`Limits::blocked_after`] of wall time is run again,
/// up to [`ATTEMPTS`] times in all: the first fast one counts, and if none is fast, the code
/// blocked its thread.
pub fn run_with_limits<F, Fut>(scenario: &Scenario, limits: Limits, make: F) -> Run<Fut::Output>
where
    F: FnOnce() -> Fut + Clone + Send + 'static,
    Fut: Future + 'static,
    Fut::Output: Send + 'static,
{
    let mut attempt = 1;
    loop {
        let run = run_once(scenario, limits, erase(make.clone())).map(|value| {
            *value
                .downcast::<Fut::Output>()
                .unwrap_or_else(|_| unreachable!("the erased future returns what `make` returns"))
        });
        if !matches!(run.ending, Ending::BlockedThread(_)) || attempt == ATTEMPTS {
            return run;
        }
        // A thread stuck past the watchdog is left behind: running it again would only leave
        // another one.
        if run.wall >= run.limits.watchdog {
            return run;
        }
        attempt += 1;
    }
}

/// What a learner's future returned, its type erased.
type Erased = Box<dyn Any + Send>;

/// A learner's future, built on the runtime's thread, with its output's type erased.
type MakeErased = Box<dyn FnOnce() -> Pin<Box<dyn Future<Output = Erased>>> + Send>;

/// `make` with its future and output boxed. Everything from here down (the thread, the runtime,
/// the guards) is then compiled once, in this crate, instead of once per check in every
/// exercise's tests: that is most of what a test binary took to compile, and class grading
/// compiles one per exercise per student.
fn erase<F, Fut>(make: F) -> MakeErased
where
    F: FnOnce() -> Fut + Send + 'static,
    Fut: Future + 'static,
    Fut::Output: Send + 'static,
{
    Box::new(move || Box::pin(async move { Box::new(make().await) as Erased }))
}

impl<T> Run<T> {
    /// The same run, with `f` applied to the value it returned.
    fn map<U>(self, f: impl FnOnce(T) -> U) -> Run<U> {
        Run {
            ending: match self.ending {
                Ending::Returned(value) => Ending::Returned(f(value)),
                Ending::Panicked(message) => Ending::Panicked(message),
                Ending::NeverFinished => Ending::NeverFinished,
                Ending::BlockedThread(wall) => Ending::BlockedThread(wall),
            },
            trace: self.trace,
            wall: self.wall,
            limits: self.limits,
            check: self.check,
            seed: self.seed,
            planned_ms: self.planned_ms,
            clock_resumed: self.clock_resumed,
            stuck_on_the_pool: self.stuck_on_the_pool,
        }
    }
}

/// One run of `make()`: see [`run_with_limits`].
fn run_once(scenario: &Scenario, limits: Limits, make: MakeErased) -> Run<Erased> {
    let plans = scenario.plans().clone();
    // A live run (the checker's real-clock view) keeps real time, so its guards wait longer.
    let live = Live::from_env();
    let paused = live.is_none();
    let limits = live
        .as_ref()
        .map_or(limits, |live| real_clock::limits(live, limits));
    let planned_ms = plans
        .iter()
        .map(|(task, plan)| (task.clone(), millis(plan.duration)))
        .collect();
    // Lets the watchdog read the events of a run whose thread never comes back.
    let shared: Arc<OnceLock<Arc<Session>>> = Arc::new(OnceLock::new());
    let (sender, receiver) = mpsc::channel();
    let wall_start = std::time::Instant::now();

    let for_runtime = Arc::clone(&shared);
    let spawned = thread::Builder::new()
        // A fixed name: the learner's code runs on this thread and must not learn the check from it.
        .name("asynclings run".to_owned())
        .spawn(move || {
            let runtime = match runtime(&for_runtime, paused) {
                Ok(runtime) => runtime,
                Err(error) => {
                    let ending = Ending::Panicked(format!("the runtime could not start: {error}"));
                    let _ = sender.send(Done {
                        ending,
                        trace: Trace::default(),
                        clock_resumed: false,
                        clock_steps: 0,
                    });
                    return;
                }
            };
            let done = runtime.block_on(async move {
                let session = for_runtime.get_or_init(|| Session::start(plans, live));
                let _installed = session.install();
                // Pool threads ring it to wake this thread from its park (see `runtime`).
                drop(tokio::spawn(session.doorbell()));
                let guarded = tokio::time::timeout(
                    limits.deadline,
                    AssertUnwindSafe(async move { make().await }).catch_unwind(),
                );
                let ending = match guarded.await {
                    Ok(Ok(value)) => Ending::Returned(value),
                    Ok(Err(panic)) => Ending::Panicked(panic_message(panic.as_ref())),
                    Err(_elapsed) => Ending::NeverFinished,
                };
                // `JoinHandle::abort` and dropping a `JoinSet` only schedule a cancellation: the
                // task is dropped the next time the runtime gets to it. Yielding lets it do so at
                // this same virtual instant (a yield does not move the paused clock), so a task
                // the code cancelled as it returned shows as cancelled, not as still running.
                for _ in 0..SETTLE_YIELDS {
                    tokio::task::yield_now().await;
                }
                session.end();
                // The snapshot is taken here, before the runtime drops the tasks that are still
                // alive: those show as still running, which is what they were when the run ended.
                Done {
                    ending,
                    trace: Trace::new(session.events(), session.now_ms()),
                    clock_resumed: paused && !clock_is_paused(),
                    clock_steps: session.clock_steps(),
                }
            });
            // The receiver may have given up already (watchdog): nobody is left to tell.
            let _ = sender.send(done);
        });
    if let Err(error) = spawned {
        return Run {
            ending: Ending::Panicked(format!("the run's thread could not start: {error}")),
            trace: Trace::default(),
            wall: wall_start.elapsed(),
            limits,
            check: scenario.check_name().to_owned(),
            seed: scenario.seed(),
            planned_ms,
            clock_resumed: false,
            stuck_on_the_pool: false,
        };
    }

    let mut clock_resumed = false;
    let mut stuck_on_the_pool = false;
    let (ending, trace) = match receiver.recv_timeout(limits.watchdog) {
        Ok(done) if wall_start.elapsed() < limits.blocked_after + allowance(done.clock_steps) => {
            (done.ending, done.trace)
        }
        Ok(done) => {
            clock_resumed = done.clock_resumed;
            (Ending::BlockedThread(wall_start.elapsed()), done.trace)
        }
        Err(RecvTimeoutError::Timeout) => {
            // The runtime's thread is stuck and is left behind; it ends with the test process.
            stuck_on_the_pool = shared
                .get()
                .is_some_and(|session| session.pool_is_unsettled());
            let events = shared
                .get()
                .map(|session| session.events())
                .unwrap_or_default();
            let total_ms = events.iter().map(|event| event.at_ms).max().unwrap_or(0);
            (
                Ending::BlockedThread(wall_start.elapsed()),
                Trace::new(events, total_ms),
            )
        }
        Err(RecvTimeoutError::Disconnected) => (
            Ending::Panicked("the run's thread stopped without a result".to_owned()),
            Trace::default(),
        ),
    };
    Run {
        ending,
        trace,
        wall: wall_start.elapsed(),
        limits,
        check: scenario.check_name().to_owned(),
        seed: scenario.seed(),
        planned_ms,
        clock_resumed,
        stuck_on_the_pool,
    }
}

/// The run's current-thread runtime, its clock paused unless the run is live.
///
/// The hooks are for CPU work on the blocking pool (`spawn_blocking(|| resize_image(..))`, see
/// `stand_ins`' `pool.rs`): tokio does not move a paused clock while a blocking task runs, so the
/// session moves it whenever this thread parks, once every pool thread has settled. A pool thread
/// is known from the moment tokio names it, as it spawns it, to its exit; with no keep-alive, it
/// exits as soon as its task is done, and its exit tells that it has nothing left to do.
fn runtime(
    shared: &Arc<OnceLock<Arc<Session>>>,
    paused: bool,
) -> std::io::Result<tokio::runtime::Runtime> {
    let session = |shared: &Arc<OnceLock<Arc<Session>>>| {
        let shared = Arc::clone(shared);
        move || shared.get().cloned()
    };
    let (named, started, stopped, parked) = (
        session(shared),
        session(shared),
        session(shared),
        session(shared),
    );
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .start_paused(paused)
        .thread_keep_alive(Duration::ZERO)
        .thread_name_fn(move || {
            if let Some(session) = named() {
                session.pool_thread_announced();
            }
            // A fixed name, as for the runtime's own thread.
            "asynclings pool".to_owned()
        })
        .on_thread_start(move || {
            if let Some(session) = started() {
                session.pool_thread_started();
            }
        })
        .on_thread_stop(move || {
            if let Some(session) = stopped() {
                session.pool_thread_stopped();
            }
        })
        .on_thread_park(move || {
            if let Some(session) = parked() {
                session.on_park();
            }
        })
        .build()
}

/// The real time `steps` of the clock may take, on top of [`Limits::blocked_after`].
fn allowance(steps: u64) -> Duration {
    STEP_ALLOWANCE.saturating_mul(u32::try_from(steps).unwrap_or(u32::MAX))
}

/// Whether tokio's clock is paused: a running clock moves between two readings a few thousand
/// tries apart at most, while a paused one moves only when the runtime has nothing to do.
fn clock_is_paused() -> bool {
    let first = tokio::time::Instant::now();
    (0..10_000).all(|_| tokio::time::Instant::now() == first)
}

/// The text of a panic payload: `panic!` gives a `&str` or a `String`.
fn panic_message(payload: &(dyn Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|text| (*text).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "a panic with a payload that is not text".to_owned())
}
