//! CPU-bound stand-ins (`resize_image`): work that computes instead of waiting, charged in
//! virtual time so that a run stays exact.
//!
//! Where the work runs decides what it costs:
//! - On the runtime's thread (called in place, or in a task of `tokio::spawn`): the thread is busy
//!   for the whole cost and nothing else runs meanwhile. The stand-in moves tokio's clock forward
//!   by the cost at once, without yielding. Timers that fell due meanwhile fire late, when the
//!   runtime next gets the thread: exactly what blocking it does.
//! - On a thread of tokio's blocking pool (`spawn_blocking`): the work runs beside the runtime.
//!   The pool thread waits until the runtime's clock reaches the work's end. tokio does not move
//!   a paused clock while a blocking task runs, so the harness does: whenever the runtime is idle
//!   (its `on_thread_park` hook calls [`Session::on_park`]), it steps the clock by a millisecond,
//!   and releases each work whose end has come.
//!
//! What keeps this deterministic, though pool threads run when the OS lets them: the clock never
//! moves, and no event is recorded on the runtime's thread, while a pool thread is *unsettled*,
//! that is, running code the harness cannot see (between its start and its first call of a
//! stand-in, or after its work was released). A settled pool thread waits in a stand-in, or has
//! exited: the runtime is built with `thread_keep_alive(0)`, so a pool thread exits as soon as its
//! task is done, after it woke the task's `JoinHandle`. Every change of a pool thread wakes the
//! runtime through the run's doorbell task, so it never waits for one in real time.
//!
//! All events of pool work are recorded by the runtime's thread, at moments it picks: a work's
//! start when nothing is unsettled, in the order the blocking tasks were spawned; its end when the
//! hook releases it, at the work's own end time.

use std::collections::HashMap;
use std::future::Future;
use std::pin::pin;
use std::sync::{Condvar, Mutex, MutexGuard, PoisonError};
use std::task::{Context, Poll, Waker};
use std::thread::ThreadId;
use std::time::Duration;

use crate::event::{Event, EventKind};
use crate::recorder::Session;

/// The pool threads of one run, and the CPU work they wait in.
#[derive(Debug)]
pub(crate) struct Pool {
    state: Mutex<State>,
    /// Notified on every change of `state`.
    changed: Condvar,
    /// Whether the run is on the paused clock: a live run only sleeps, on whatever thread.
    paused: bool,
}

#[derive(Debug, Default)]
pub(crate) struct State {
    /// Pool threads tokio has named (it does so as it spawns them) that have not started yet.
    announced: usize,
    /// Every pool thread alive: `None` while it runs code the harness cannot see, the work it
    /// waits in otherwise.
    threads: HashMap<ThreadId, Option<Work>>,
    /// How many changes pool threads have made; the hook compares it from one park to the next.
    changes: u64,
    /// The value of `changes` at the last park that found every pool thread settled.
    quiet_at: Option<u64>,
    /// The first end of a work, as the last park that moved the clock saw it: while nothing
    /// changes, the next parks move the clock again until then, without looking any further.
    stepping_until: Option<u64>,
    /// How many times the hook moved the clock.
    steps: u64,
    /// Set when the run ended: from then on, nothing waits and nothing is recorded.
    ended: bool,
    /// Wakes the runtime from its park (see [`Session::doorbell`]).
    doorbell: Option<Waker>,
}

/// One call of a CPU-bound stand-in on a pool thread.
#[derive(Debug)]
struct Work {
    task: String,
    /// The blocking task it runs in: tokio numbers tasks as they are spawned, so this orders
    /// works that start at the same moment the way the code spawned them.
    spawned: Option<tokio::task::Id>,
    start_ms: u64,
    end_ms: u64,
    end: EventKind,
    /// Whether its `Started` event is recorded yet.
    recorded: bool,
}

impl Work {
    /// Works that start at the same moment are recorded in the order their tasks were spawned.
    fn start_order(&self) -> (u64, Option<tokio::task::Id>, &str) {
        (self.start_ms, self.spawned, &self.task)
    }

    /// Works that end at the same moment are released in the order their tasks were spawned.
    fn end_order(&self) -> (u64, Option<tokio::task::Id>, &str) {
        (self.end_ms, self.spawned, &self.task)
    }
}

impl State {
    /// Whether every pool thread waits in a stand-in or has exited.
    fn settled(&self) -> bool {
        self.announced == 0 && self.threads.values().all(Option::is_some)
    }

    fn works(&self) -> impl Iterator<Item = (&ThreadId, &Work)> {
        self.threads
            .iter()
            .filter_map(|(thread, work)| work.as_ref().map(|work| (thread, work)))
    }
}

impl Pool {
    pub(crate) fn new(paused: bool) -> Self {
        Self {
            state: Mutex::new(State::default()),
            changed: Condvar::new(),
            paused,
        }
    }

    fn lock(&self) -> MutexGuard<'_, State> {
        // A panic while the lock was held leaves counts, not half-written text: keep using them.
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn wait<'a>(&self, state: MutexGuard<'a, State>) -> MutexGuard<'a, State> {
        self.changed
            .wait(state)
            .unwrap_or_else(PoisonError::into_inner)
    }

    /// Counts a change of a pool thread, and tells whoever waits for one: the runtime's thread,
    /// parked or waiting in [`Pool::settle`].
    fn change(&self, state: &mut State) {
        state.changes += 1;
        if let Some(doorbell) = &state.doorbell {
            doorbell.wake_by_ref();
        }
        self.changed.notify_all();
    }

    /// On the runtime's thread, before it records anything: waits until every pool thread is
    /// settled, then records the start of each work not recorded yet. Returns the lock, so that
    /// nothing changes before the caller has recorded its own event.
    pub(crate) fn settle(&self, session: &Session) -> MutexGuard<'_, State> {
        let mut state = self.lock();
        if !self.paused {
            return state;
        }
        while !state.ended && !state.settled() {
            state = self.wait(state);
        }
        Self::record_starts(session, &mut state);
        state
    }

    /// Records the start of every work not recorded yet, in the order their tasks were spawned.
    fn record_starts(session: &Session, state: &mut State) {
        let mut starts: Vec<&mut Work> = state
            .threads
            .values_mut()
            .filter_map(Option::as_mut)
            .filter(|work| !work.recorded)
            .collect();
        starts.sort_by(|a, b| a.start_order().cmp(&b.start_order()));
        for work in starts {
            session.push(Event {
                at_ms: work.start_ms,
                task: work.task.clone(),
                kind: EventKind::Started,
                blocking: false,
            });
            work.recorded = true;
        }
    }
}

impl Session {
    /// Called by tokio as it names a new pool thread, on the thread that spawns it: from here
    /// until the thread settles, the clock stands still.
    pub fn pool_thread_announced(&self) {
        let mut state = self.pool.lock();
        state.announced += 1;
        state.changes += 1;
    }

    /// Called on a pool thread as it starts: the stand-ins it calls report to this session.
    pub fn pool_thread_started(self: &std::sync::Arc<Self>) {
        crate::recorder::enter_pool(self);
        let mut state = self.pool.lock();
        state.announced = state.announced.saturating_sub(1);
        state.threads.insert(std::thread::current().id(), None);
        self.pool.change(&mut state);
    }

    /// Called on a pool thread as it exits: it has settled for good.
    pub fn pool_thread_stopped(&self) {
        let mut state = self.pool.lock();
        state.threads.remove(&std::thread::current().id());
        self.pool.change(&mut state);
    }

    /// A task for the harness to spawn: it does nothing but keep a waker that pool threads wake
    /// when they change. A current-thread runtime parks its thread when no task is ready; waking
    /// a task of it from another thread is the one public way to unpark it.
    pub fn doorbell(self: &std::sync::Arc<Self>) -> impl Future<Output = ()> + Send + 'static {
        let session = std::sync::Arc::clone(self);
        std::future::poll_fn(move |cx: &mut Context<'_>| {
            let mut state = session.pool.lock();
            if !state
                .doorbell
                .as_ref()
                .is_some_and(|doorbell| doorbell.will_wake(cx.waker()))
            {
                state.doorbell = Some(cx.waker().clone());
            }
            Poll::Pending
        })
    }

    /// The runtime's `on_thread_park` hook: it runs on the runtime's thread whenever every task
    /// there waits. While pool threads wait in CPU work, and only when all of them are settled,
    /// it releases each work whose end has come, or else moves the clock by a millisecond.
    ///
    /// A change of a pool thread (it woke the `JoinHandle` of its task, then exited) may have
    /// woken tasks that have not run yet; so after any change, the hook first lets the runtime
    /// run once more, and moves the clock only at the next park that sees no change. A release
    /// waits for the released thread to settle before the next one, so that the tasks they wake
    /// are woken in the same order every run.
    pub fn on_park(&self) {
        if !self.pool.paused {
            return;
        }
        let mut state = self.pool.lock();
        if state.ended {
            return;
        }
        if state.quiet_at == Some(state.changes)
            && state
                .stepping_until
                .is_some_and(|until| self.now_ms() < until)
        {
            step(&mut state);
            return;
        }
        state.stepping_until = None;
        if !state.settled() || state.works().next().is_none() {
            return;
        }
        if state.quiet_at != Some(state.changes) {
            state.quiet_at = Some(state.changes);
            poll_once(tokio::task::yield_now());
            return;
        }
        Pool::record_starts(self, &mut state);
        let now = self.now_ms();
        let mut due: Vec<ThreadId> = state
            .works()
            .filter(|(_, work)| work.end_ms <= now)
            .map(|(thread, _)| *thread)
            .collect();
        if due.is_empty() {
            state.stepping_until = state.works().map(|(_, work)| work.end_ms).min();
            step(&mut state);
            return;
        }
        due.sort_by(|a, b| {
            let order = |thread| state.threads[thread].as_ref().map(Work::end_order);
            order(a).cmp(&order(b))
        });
        for thread in due {
            let Some(work) = state.threads.get_mut(&thread).and_then(Option::take) else {
                continue;
            };
            self.push(Event {
                at_ms: work.end_ms,
                task: work.task,
                kind: work.end,
                blocking: false,
            });
            self.pool.change(&mut state);
            while !state.ended && !state.settled() {
                state = self.pool.wait(state);
            }
        }
        // What the released threads woke is queued now and runs before the next park.
        state.quiet_at = Some(state.changes);
        poll_once(tokio::task::yield_now());
    }

    /// Whether some pool thread is running code the harness cannot see: while one is, the
    /// clock stands still. The watchdog asks, to tell a run stuck on such a thread (one that
    /// waits for the runtime, say) from a runtime's thread that is blocked.
    pub fn pool_is_unsettled(&self) -> bool {
        self.pool.paused && !self.pool.lock().settled()
    }

    /// How many milliseconds the clock was moved a step at a time, for CPU work on the pool:
    /// each step costs the runtime's thread a few microseconds of real time, the harness's work.
    pub fn clock_steps(&self) -> u64 {
        self.pool.lock().steps
    }

    /// Ends the pool's part of the run, once every pool thread has settled: the works still
    /// under way are let go unrecorded (they show as still running), and later calls return at
    /// once, so that no pool thread keeps the runtime from shutting down.
    pub(crate) fn end_pool(&self) {
        let mut state = self.pool.settle(self);
        state.ended = true;
        state.doorbell = None;
        self.pool.changed.notify_all();
    }

    /// CPU work on the runtime's thread: the clock jumps by its cost, with nothing else run.
    pub(crate) fn compute_in_place(&self, task: &str, cost: Duration, end: EventKind) {
        self.record_as(task, EventKind::Started, true);
        poll_once(tokio::time::advance(cost));
        self.record(task, end);
    }

    /// CPU work on a pool thread: it waits until the hook releases it at its end.
    pub(crate) fn compute_beside(&self, task: &str, cost: Duration, end: EventKind) {
        let mut state = self.pool.lock();
        if state.ended {
            return;
        }
        let start_ms = self.now_ms();
        let me = std::thread::current().id();
        state.threads.insert(
            me,
            Some(Work {
                task: task.to_owned(),
                spawned: tokio::task::try_id(),
                start_ms,
                end_ms: start_ms + crate::event::millis(cost),
                end,
                recorded: false,
            }),
        );
        self.pool.change(&mut state);
        while !state.ended && matches!(state.threads.get(&me), Some(Some(_))) {
            state = self.pool.wait(state);
        }
    }
}

/// Moves the paused clock by a millisecond, from the runtime's `on_thread_park` hook.
/// `advance` moves the clock before its first `.await`; polled once, it also leaves a wake-up
/// with the scheduler, so the runtime fires the timers now due instead of parking.
fn step(state: &mut State) {
    state.steps += 1;
    poll_once(tokio::time::advance(Duration::from_millis(1)));
}

/// Polls `future` once, with a waker that does nothing, and drops it.
fn poll_once(future: impl Future) {
    let mut cx = Context::from_waker(Waker::noop());
    let _ = pin!(future).poll(&mut cx);
}
