//! Every Rust code block of the book, compiled and run by `cargo test -p book-doctests --doc`.
//!
//! `mdbook test` cannot link tokio, futures or the course's `timeline` crate, so the book's code
//! is tested here instead: each chapter's Markdown becomes the documentation of an empty module
//! below, and rustdoc runs every code block in it as a doctest. A block marked
//! `compile_fail,E0425` must fail to compile with that error; `js` and `text` blocks are skipped.
//!
//! The blocks of the exercise chapters call the same stand-in tasks as the exercises
//! (`stand_ins`). Their hidden lines (those starting with `# `, which the book does not show)
//! run the code with [`plan`] on the harness's paused clock and assert the start times and the
//! totals that the chapter's timelines show, so the times in the book cannot drift from what the
//! code does.

use std::future::Future;
use std::time::Duration;

use timeline::{Ending, Limits, Outcome, Scenario, SpanEnd, Trace};

/// The plan of one book example: how long each stand-in task takes and how it ends. Start one
/// with [`plan`], add each task the example calls, then [`Plan::run`] the example.
#[derive(Debug)]
pub struct Plan {
    scenario: Scenario,
}

/// An empty plan.
#[must_use]
pub fn plan() -> Plan {
    Plan {
        // The seed only matters to random choices, and the book's examples make none.
        scenario: Scenario::with_seed("book", 0),
    }
}

impl Plan {
    /// The task labelled `task` takes `ms` milliseconds and returns `"<task> done"`.
    #[must_use]
    pub fn task(self, task: &str, ms: u64) -> Self {
        let value = format!("{task} done");
        self.value(task, ms, &value)
    }

    /// The task labelled `task` takes `ms` milliseconds and returns `value`.
    #[must_use]
    pub fn value(mut self, task: &str, ms: u64, value: &str) -> Self {
        self.scenario
            .plan(task, ms, Outcome::Value(value.to_owned()));
        self
    }

    /// The task labelled `task` takes `ms` milliseconds and returns several values.
    #[must_use]
    pub fn values(mut self, task: &str, ms: u64, values: &[&str]) -> Self {
        let values = values.iter().map(|value| (*value).to_owned()).collect();
        self.scenario.plan(task, ms, Outcome::Values(values));
        self
    }

    /// The task labelled `task` takes `ms` milliseconds and fails with `error`.
    #[must_use]
    pub fn error(mut self, task: &str, ms: u64, error: &str) -> Self {
        self.scenario
            .plan(task, ms, Outcome::Error(error.to_owned()));
        self
    }

    /// Runs the future that `make()` builds on the harness's paused clock and returns what it
    /// gave back, with the trace of what ran when.
    ///
    /// # Panics
    /// When the example panics, never finishes, or blocks the thread.
    pub fn run<F, Fut>(self, make: F) -> Timed<Fut::Output>
    where
        F: FnOnce() -> Fut + Clone + Send + 'static,
        Fut: Future + 'static,
        Fut::Output: Send + 'static,
    {
        // The book's examples are known not to block, so the wall-clock guards are generous:
        // a busy machine running many doctests at once must not make them fail.
        let limits = Limits {
            watchdog: Duration::from_secs(30),
            blocked_after: Duration::from_secs(30),
            ..Limits::default()
        };
        let run = timeline::run_with_limits(&self.scenario, limits, make);
        match run.ending {
            Ending::Returned(output) => Timed {
                output,
                trace: run.trace,
            },
            Ending::Panicked(message) => panic!("the example panicked: {message}"),
            Ending::NeverFinished => panic!("the example never finished"),
            Ending::BlockedThread(wall) => panic!("the example blocked its thread for {wall:?}"),
        }
    }
}

/// What an example gave back, and when each of its tasks ran.
#[derive(Debug)]
pub struct Timed<T> {
    /// The example's return value.
    pub output: T,
    /// Every start and end, in virtual milliseconds.
    pub trace: Trace,
}

impl<T> Timed<T> {
    /// How long the whole run took, in virtual milliseconds.
    pub fn total_ms(&self) -> u64 {
        self.trace.total_ms
    }

    /// When `task` started, in virtual milliseconds.
    ///
    /// # Panics
    /// When `task` never started.
    pub fn start_ms(&self, task: &str) -> u64 {
        self.span(task).start_ms
    }

    /// When `task` ended (finished, failed or was cancelled), in virtual milliseconds.
    ///
    /// # Panics
    /// When `task` never started.
    pub fn end_ms(&self, task: &str) -> u64 {
        self.span(task).end_ms
    }

    /// How `task` ended.
    ///
    /// # Panics
    /// When `task` never started.
    pub fn ending(&self, task: &str) -> SpanEnd {
        self.span(task).end
    }

    /// The most tasks that were running at the same instant.
    pub fn peak_in_flight(&self) -> usize {
        self.trace.peak_in_flight()
    }

    /// The timeline the checker would draw for this run.
    pub fn timeline(&self) -> String {
        timeline::draw(&self.trace)
    }

    fn span(&self, task: &str) -> timeline::Span {
        self.trace
            .span(task)
            .unwrap_or_else(|| panic!("{task} never started:\n{}", self.timeline()))
    }
}

// Every chapter of `book/src/`, as a module whose documentation is the chapter: see `build.rs`.
include!(concat!(env!("OUT_DIR"), "/chapters.rs"));
