//! Assertions about one run whose failure messages teach: each names the mistake in plain words,
//! shows expected against measured virtual time, and the message ends with the timeline.

use std::fmt::{Debug, Write as _};

use crate::report::{
    self, CheckReport, Drawing, Failure, FailureKind, SCHEMA_VERSION, course_command, explain,
};
use crate::run::{Ending, Run};
use stand_ins::__harness::millis;

use crate::scenario::SEED_VAR;
use crate::trace::{Span, SpanEnd};

/// How many failures of one assertion are spelled out: fifty lines saying the same thing about
/// fifty tasks hide the point.
const SPELLED_OUT: usize = 3;

/// The assertions of one check on one run. Chain them, then call [`Check::done`].
///
/// When the run did not return (it panicked, never finished or blocked its thread), that is the
/// only failure reported: assertions about a run that did not happen would only add noise.
#[derive(Debug)]
#[must_use = "a check reports nothing until `done()` is called"]
pub struct Check<'r, T> {
    run: &'r Run<T>,
    failures: Vec<Failure>,
    expected: Option<(u64, String)>,
}

impl<T> Run<T> {
    /// Starts the assertions about this run.
    pub fn check(&self) -> Check<'_, T> {
        let mut check = Check {
            run: self,
            failures: Vec::new(),
            expected: None,
        };
        match &self.ending {
            Ending::Returned(_) => {}
            Ending::Panicked(message) => {
                let advice = if message.contains("not yet implemented") {
                    " Replace the `todo!()` with your code."
                } else {
                    ""
                };
                check.fail(
                    FailureKind::Panicked,
                    format!("Your code panicked: {message}.{advice}"),
                );
            }
            Ending::NeverFinished => check.fail(
                FailureKind::NeverFinished,
                format!(
                    "Your code never finished: after {} s of virtual time it was still waiting. \
                     It awaits something that can never be ready, such as a task that was never \
                     started or a channel nobody sends on.",
                    self.limits.deadline.as_secs()
                ),
            ),
            Ending::BlockedThread(_) if self.clock_resumed => check.fail(
                FailureKind::BlockedThread,
                "Your code resumed tokio's clock (`tokio::time::resume`), so the run went on the \
                 real clock and its times cannot be measured. The course measures on the paused \
                 clock: remove the call."
                    .to_owned(),
            ),
            Ending::BlockedThread(_) if self.stuck_on_the_pool => check.fail(
                FailureKind::BlockedThread,
                format!(
                    "The run stood still for {} s of real time while a thread of the blocking \
                     pool ran code the course cannot time: the virtual clock waits for such a \
                     thread, and it was waiting in turn, most likely for the runtime (a \
                     `blocking_send` on a full channel, a `blocking_recv`, `Handle::block_on`, a \
                     lock a task holds). In a `spawn_blocking` closure, call the CPU work and \
                     return its result; await the `JoinHandle` for it.",
                    self.limits.watchdog.as_secs()
                ),
            ),
            // The limit, not the exact real time, goes into the message: the message stays the
            // same from one grading to the next.
            Ending::BlockedThread(_) => check.fail(
                FailureKind::BlockedThread,
                format!(
                    "Your code blocked the runtime's only thread for over {} ms of real time while \
                     the virtual clock stood still. `std::thread::sleep` or a busy loop stops \
                     every other task too: await the slow task (or `tokio::time::sleep`) instead.",
                    millis(self.limits.blocked_after)
                ),
            ),
        }
        check
    }
}

impl<T> Check<'_, T> {
    /// The value the run returned, when it returned.
    fn returned(&self) -> Option<&T> {
        match &self.run.ending {
            Ending::Returned(value) => Some(value),
            _ => None,
        }
    }

    /// Records a failure, once: two assertions that see the same mistake (`cancelled` and
    /// `nothing_left_running` on a task left running) say it once.
    fn fail(&mut self, kind: FailureKind, message: String) {
        let failure = Failure { kind, message };
        if !self.failures.contains(&failure) {
            self.failures.push(failure);
        }
    }

    /// Checks the run's total virtual time: exactly `expected_ms`, which `why` explains
    /// ("the slower task alone").
    pub fn takes_ms(mut self, expected_ms: u64, why: &str) -> Self {
        self.expected = Some((expected_ms, why.to_owned()));
        if self.returned().is_none() {
            return self;
        }
        let measured = self.run.trace.total_ms;
        if measured == expected_ms {
            return self;
        }
        let spans = self.run.trace.spans();
        let sum: u64 = spans
            .iter()
            .filter_map(|span| self.run.planned_ms.get(&span.task))
            .sum();
        let message = if measured > expected_ms && spans.len() > 1 && measured == sum {
            let mut parts: Vec<String> = spans
                .iter()
                .take(SPELLED_OUT)
                .map(|span| format!("{} {} ms", span.task, span.end_ms - span.start_ms))
                .collect();
            if spans.len() > SPELLED_OUT {
                parts.push(format!("{} more", spans.len() - SPELLED_OUT));
            }
            format!(
                "The run took {measured} ms, the sum of its tasks ({}): they ran one after \
                 another. It should take {expected_ms} ms, {why}.",
                parts.join(" + ")
            )
        } else if let Some(failed) = spans
            .iter()
            .find(|span| span.end == SpanEnd::Failed && span.end_ms == expected_ms)
            .filter(|_| measured > expected_ms)
        {
            format!(
                "{} failed at {expected_ms} ms, but your code returned only at {measured} ms: it \
                 waited for the other tasks before it passed the error on. It should take \
                 {expected_ms} ms, {why}.",
                failed.task
            )
        } else if measured > expected_ms {
            format!(
                "The run took {measured} ms, {} ms more than the {expected_ms} ms it needs \
                 ({why}): some work waited for other work it did not need.",
                measured - expected_ms
            )
        } else {
            format!(
                "The run ended after {measured} ms, before the {expected_ms} ms the work needs \
                 ({why}): did every task run to its end?"
            )
        };
        self.fail(FailureKind::Timing, message);
        self
    }

    /// Checks that every one of `tasks` started at 0 ms, at the same moment as the others.
    pub fn start_together(mut self, tasks: &[&str]) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let spans = self.run.trace.spans();
        let mut messages = Vec::new();
        for task in tasks {
            let Some(span) = spans.iter().find(|span| span.task == *task) else {
                messages.push(format!("{task} never started."));
                continue;
            };
            if span.start_ms == 0 {
                continue;
            }
            // Several at a time (a `buffered(10)`) is not one after another: say which it was.
            let peak = self.run.trace.peak_in_flight();
            messages.push(match finished_at(&spans, span.start_ms, task) {
                Some(before) if peak > 1 => format!(
                    "{task} started at {} ms, only once {} had finished: it waited for it (at \
                     most {peak} tasks ran at once). Independent tasks should all start at 0 ms.",
                    span.start_ms, before.task
                ),
                Some(before) => format!(
                    "{task} started at {} ms, only once {} had finished: they ran one after \
                     another. Independent tasks should all start at 0 ms.",
                    span.start_ms, before.task
                ),
                None => format!(
                    "{task} started at {} ms; independent tasks should all start at 0 ms.",
                    span.start_ms
                ),
            });
        }
        self.fail_all(FailureKind::Ordering, messages);
        self
    }

    /// Checks that `task` started exactly at `expected_ms`, which `why` explains ("as soon as
    /// fetch_user's result arrived"): neither before its inputs were there nor after.
    pub fn starts_at(mut self, task: &str, expected_ms: u64, why: &str) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let message = match self.run.trace.span(task) {
            None => format!("{task} never started; it should start at {expected_ms} ms, {why}."),
            Some(span) if span.start_ms > expected_ms => format!(
                "{task} started at {} ms, {} ms later than it could have: it should start at \
                 {expected_ms} ms, {why}.",
                span.start_ms,
                span.start_ms - expected_ms
            ),
            Some(span) if span.start_ms < expected_ms => format!(
                "{task} started at {} ms, before {expected_ms} ms: it should start at \
                 {expected_ms} ms, {why}.",
                span.start_ms
            ),
            Some(_) => return self,
        };
        self.fail(FailureKind::Ordering, message);
        self
    }

    /// Checks that each of `tasks` that started was cancelled, not left to run to its end: `why`
    /// says why its result can no longer be used ("load_cart had already failed at 200 ms").
    pub fn cancelled(mut self, tasks: &[&str], why: &str) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let mut messages = Vec::new();
        for span in self.run.trace.spans() {
            if !tasks.contains(&span.task.as_str()) {
                continue;
            }
            match span.end {
                SpanEnd::Cancelled => {}
                SpanEnd::Running => messages.push(self.left_running(&span)),
                SpanEnd::Finished | SpanEnd::Failed => messages.push(format!(
                    "{} ran on to its end at {} ms, though {why}: its result could no longer be \
                     used, so it should have been cancelled.",
                    span.task, span.end_ms
                )),
            }
        }
        self.fail_all(FailureKind::Cancellation, messages);
        self
    }

    /// Checks that `task` was cancelled exactly at `at_ms`, the moment its result stopped
    /// mattering, which `why` says ("the deadline had passed"): cancelled later, it held on to
    /// its work for nothing; not cancelled at all is what [`Check::cancelled`] reports.
    pub fn cancelled_at(mut self, task: &str, at_ms: u64, why: &str) -> Self {
        self = self.cancelled(&[task], why);
        if self.returned().is_none() {
            return self;
        }
        let late = self.run.trace.spans().into_iter().find(|span| {
            span.task == task && span.end == SpanEnd::Cancelled && span.end_ms != at_ms
        });
        if let Some(span) = late {
            let message = if span.end_ms > at_ms {
                format!(
                    "{task} was cancelled at {} ms, not at {at_ms} ms, when {why}: it was kept \
                     alive, unpolled, for {} ms after it had lost. A future is cancelled when it \
                     is dropped: race it by value, so that losing drops it at once.",
                    span.end_ms,
                    span.end_ms - at_ms
                )
            } else {
                format!(
                    "{task} was cancelled at {} ms, {} ms before {at_ms} ms, when {why}: it was \
                     dropped while its result could still be needed.",
                    span.end_ms,
                    at_ms - span.end_ms
                )
            };
            self.fail(FailureKind::Cancellation, message);
        }
        self
    }

    /// Checks that no task was left running in the background when the code returned.
    pub fn nothing_left_running(mut self) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let messages = self
            .run
            .trace
            .spans()
            .iter()
            .filter(|span| span.end == SpanEnd::Running)
            .map(|span| self.left_running(span))
            .collect();
        self.fail_all(FailureKind::Cancellation, messages);
        self
    }

    fn left_running(&self, span: &Span) -> String {
        format!(
            "{} was still running when your code returned at {} ms: nothing awaited it or \
             cancelled it, so it runs on in the background. Dropping a `JoinHandle` lets its task \
             go on; it does not stop it.",
            span.task, self.run.trace.total_ms
        )
    }

    /// Records `messages` as failures of `kind`, spelling out the first few.
    fn fail_all(&mut self, kind: FailureKind, mut messages: Vec<String>) {
        let hidden = messages.len().saturating_sub(SPELLED_OUT);
        messages.truncate(SPELLED_OUT);
        if let Some(last) = messages.last_mut()
            && hidden > 0
        {
            let _ = write!(last, " (And {hidden} more like this.)");
        }
        for message in messages {
            self.fail(kind, message);
        }
    }

    /// Checks that `later` started only after every one of `earlier` had finished, as it must
    /// when it needs their results.
    pub fn starts_after(mut self, later: &str, earlier: &[&str]) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let spans = self.run.trace.spans();
        let Some(later_span) = spans.iter().find(|span| span.task == later) else {
            self.fail(FailureKind::Ordering, format!("{later} never started."));
            return self;
        };
        for task in earlier {
            let finished = spans.iter().find(|span| span.task == *task);
            match finished {
                Some(span) if span.end_ms <= later_span.start_ms => {}
                Some(span) => self.fail(
                    FailureKind::Ordering,
                    format!(
                        "{later} started at {} ms, before {task} finished at {} ms, yet {later} \
                         needs {task}'s result.",
                        later_span.start_ms, span.end_ms
                    ),
                ),
                None => self.fail(
                    FailureKind::Ordering,
                    format!("{task} never ran, yet {later} needs its result."),
                ),
            }
        }
        self
    }

    /// Checks that no CPU work ran on the runtime's thread: each such task held the thread until
    /// it returned, and no other task ran meanwhile. `why` says what to do instead ("hand it to
    /// `tokio::task::spawn_blocking`").
    pub fn leaves_the_thread_free(mut self, why: &str) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let messages = self
            .run
            .trace
            .spans()
            .iter()
            .filter(|span| span.blocking)
            .map(|span| {
                format!(
                    "{} computed on the runtime's only thread, from {} to {} ms: until it \
                     returned, no other task could run. {why}.",
                    span.task, span.start_ms, span.end_ms
                )
            })
            .collect();
        self.fail_all(FailureKind::BlockedThread, messages);
        self
    }

    /// Checks that each of `tasks` ended exactly its planned time after it started: its answer
    /// was taken as soon as it came. One that ended later sat done while nothing polled it,
    /// because the runtime's only thread was busy or the code was awaiting something else; `why`
    /// says why it must not wait ("the resizing must leave the runtime's thread free").
    pub fn ends_on_time(mut self, tasks: &[&str], why: &str) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let spans = self.run.trace.spans();
        let mut messages = Vec::new();
        for span in &spans {
            let Some(planned) = self.run.planned_ms.get(&span.task) else {
                continue;
            };
            let due = span.start_ms + planned;
            if !tasks.contains(&span.task.as_str())
                || !matches!(span.end, SpanEnd::Finished | SpanEnd::Failed)
                || span.end_ms <= due
            {
                continue;
            }
            let when = finished_at(&spans, span.end_ms, &span.task)
                .map(|other| format!(", when {} ended", other.task))
                .unwrap_or_default();
            messages.push(format!(
                "The answer to {} came at {due} ms, but it was taken only at {} ms{when}: for {} \
                 ms nothing polled it. It should end at {due} ms: {why}.",
                span.task,
                span.end_ms,
                span.end_ms - due
            ));
        }
        self.fail_all(FailureKind::Ordering, messages);
        self
    }

    /// Checks that each of `tasks` was started exactly once.
    pub fn each_started_once<S: AsRef<str>>(mut self, tasks: &[S]) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let messages = tasks
            .iter()
            .map(AsRef::as_ref)
            .filter_map(|task| match self.run.trace.starts(task) {
                1 => None,
                0 => Some(format!("{task} was never called.")),
                starts => Some(format!("{task} was called {starts} times; once is enough.")),
            })
            .collect();
        self.fail_all(FailureKind::Calls, messages);
        self
    }

    /// Finishes the check: writes its report when the checker asked for one, and fails the test
    /// with the teaching message when anything failed.
    ///
    /// # Panics
    /// When any assertion failed: that is how the test fails. The message is printed (libtest
    /// shows it under the test's name) and the test unwinds with `resume_unwind`, which, unlike
    /// `panic!`, does not run the panic hook: with `RUST_BACKTRACE=1` set, as many learners have
    /// it, a failure would otherwise end in twenty lines of the harness's own frames.
    pub fn done(self) {
        let report = self.report();
        report::write_if_asked(&report);
        if !report.passed {
            let message = format!(
                "\n{}\nReplay this exact run: {SEED_VAR}={} cargo test -p {}\n\
                 Stuck? {} shows a hint and the chapter to read.\n",
                report.message,
                report.seed,
                report.exercise,
                course_command("")
            );
            eprintln!("{message}");
            std::panic::resume_unwind(Box::new(message));
        }
    }

    /// The result of this check so far, as the checker reads it.
    pub fn report(&self) -> CheckReport {
        let exercise = std::env::var("CARGO_PKG_NAME").unwrap_or_else(|_| "exercise".to_owned());
        let mut report = CheckReport {
            schema: SCHEMA_VERSION,
            message: String::new(),
            token: None,
            exercise,
            check: self.run.check.clone(),
            passed: self.failures.is_empty(),
            failures: self.failures.clone(),
            expected_ms: self.expected.as_ref().map(|(ms, _)| *ms),
            expected_why: self.expected.as_ref().map(|(_, why)| why.clone()),
            measured_ms: self.run.trace.total_ms,
            wall_ms: millis(self.run.wall),
            seed: self.run.seed,
            trace: self.run.trace.clone(),
        };
        report.message = explain(&report, Drawing::WithTimeline);
        report
    }

    /// Checks that none of `tasks` was called at all: `why` says why the run had no use for its
    /// result ("the fresh forecast arrived at 200 ms, before the deadline"). A fallback read
    /// "just in case" costs a call every time, even when the answer it stands in for is on time.
    pub fn never_called(mut self, tasks: &[&str], why: &str) -> Self {
        if self.returned().is_none() {
            return self;
        }
        let messages = tasks
            .iter()
            .filter_map(|task| self.run.trace.span(task))
            .map(|span| {
                format!(
                    "{} was called at {} ms, though {why}: nothing needed its result, so it \
                     should not have been called at all. Call it only on the path that uses it.",
                    span.task, span.start_ms
                )
            })
            .collect();
        self.fail_all(FailureKind::Calls, messages);
        self
    }
}

/// A value made of std's types only: strings, numbers, `bool`, tuples, `Vec`, arrays, `Option`,
/// `Result` and `BTreeMap` of them (and the stand-ins' `Outcome`, for the harness's own tests). [`Check::returns`] compares only these, so the comparison and
/// the printout are std's own: a learner's type, with a `PartialEq` that says yes to everything
/// or a `Debug` that shows what the test expects, cannot even be passed to it. Tests destructure
/// the learner's structs into their fields first. The trait is sealed: nothing outside this
/// crate implements it.
pub trait StdValue: PartialEq + Debug + sealed::Sealed {}

mod sealed {
    use std::collections::BTreeMap;

    pub trait Sealed {}

    macro_rules! std_values {
        ($($plain:ty),*) => { $(impl Sealed for $plain {} impl super::StdValue for $plain {})* };
    }
    std_values!(
        String,
        &'static str,
        bool,
        char,
        (),
        u8,
        u16,
        u32,
        u64,
        usize,
        i32,
        i64
    );

    macro_rules! std_tuples {
        ($(($($name:ident),+)),*) => {$(
            impl<$($name: super::StdValue),+> Sealed for ($($name,)+) {}
            impl<$($name: super::StdValue),+> super::StdValue for ($($name,)+) {}
        )*};
    }
    std_tuples!((A), (A, B), (A, B, C), (A, B, C, D), (A, B, C, D, E));

    impl<T: super::StdValue> Sealed for Vec<T> {}
    impl<T: super::StdValue> super::StdValue for Vec<T> {}
    impl<T: super::StdValue, const N: usize> Sealed for [T; N] {}
    impl<T: super::StdValue, const N: usize> super::StdValue for [T; N] {}
    impl<T: super::StdValue> Sealed for Option<T> {}
    impl<T: super::StdValue> super::StdValue for Option<T> {}
    impl<T: super::StdValue, E: super::StdValue> Sealed for Result<T, E> {}
    impl<T: super::StdValue, E: super::StdValue> super::StdValue for Result<T, E> {}
    impl<K: super::StdValue, V: super::StdValue> Sealed for BTreeMap<K, V> {}
    impl<K: super::StdValue, V: super::StdValue> super::StdValue for BTreeMap<K, V> {}

    // The stand-ins' own outcome, whose comparison is derived: the harness's tests compare it.
    impl Sealed for stand_ins::__harness::Outcome {}
    impl super::StdValue for stand_ins::__harness::Outcome {}
}

impl<T: StdValue> Check<'_, T> {
    /// Checks the returned value against `expected`, which `what` describes in words
    /// ("task one's result, then task two's"). Only std's types compare (see [`StdValue`]).
    pub fn returns(mut self, expected: &T, what: &str) -> Self {
        if let Some(value) = self.returned()
            && value != expected
        {
            let message = format!(
                "Your code returned {}, but it should return {}: {what}.",
                clip(&format!("{value:?}")),
                clip(&format!("{expected:?}"))
            );
            self.fail(FailureKind::Value, message);
        }
        self
    }
}

/// A value's text cut in the middle when it is long: fifty users in full hide the difference.
fn clip(text: &str) -> String {
    const HEAD: usize = 160;
    const TAIL: usize = 60;
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= HEAD + TAIL + 20 {
        return text.to_owned();
    }
    let head: String = chars[..HEAD].iter().collect();
    let tail: String = chars[chars.len() - TAIL..].iter().collect();
    format!("{head} ... {tail}")
}

/// The task, other than `task`, that finished exactly at `ms`: the one `task` waited for.
fn finished_at<'s>(spans: &'s [Span], ms: u64, task: &str) -> Option<&'s Span> {
    spans
        .iter()
        .find(|span| span.task != task && span.end_ms == ms && span.start_ms < ms)
}
