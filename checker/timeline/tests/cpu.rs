// Tests of CPU-bound work in a run: charged in virtual time on the runtime's thread (it holds up
// everything else) and on the blocking pool (it runs beside), the same way on every run.

use std::time::Duration;

use timeline::{Ending, FailureKind, Outcome, Run, Scenario, SpanEnd, compute, run};

/// Two resizes of 300 and 100 ms, and a 200 ms request.
fn scenario(check: &str) -> Scenario {
    let mut scenario = Scenario::with_seed(check, 7);
    scenario.plan("resize(a)", 300, Outcome::Value("a".into()));
    scenario.plan("resize(b)", 100, Outcome::Value("b".into()));
    scenario.plan("post", 200, Outcome::Value("posted".into()));
    scenario
}

/// Each task's span: name, start, end, how it ended.
fn spans<T>(run: &Run<T>) -> Vec<(String, u64, u64, SpanEnd)> {
    run.trace
        .spans()
        .into_iter()
        .map(|span| (span.task, span.start_ms, span.end_ms, span.end))
        .collect()
}

fn span(task: &str, start_ms: u64, end_ms: u64) -> (String, u64, u64, SpanEnd) {
    (task.to_owned(), start_ms, end_ms, SpanEnd::Finished)
}

/// The course's lesson, as the harness sees it: both resizes on the blocking pool and the
/// request on the runtime's thread all run at once, and the run takes the longest of them. The
/// pool threads run whenever the OS lets them, yet two hundred runs give the very same trace.
#[test]
fn work_on_the_pool_runs_beside_the_runtime_the_same_way_every_time() {
    let beside = || async {
        let (a, b, post) = tokio::join!(
            tokio::task::spawn_blocking(|| compute("resize(a)")),
            tokio::task::spawn_blocking(|| compute("resize(b)")),
            timeline::call("post"),
        );
        (a.ok(), b.ok(), post)
    };
    let first = run(&scenario("beside"), beside);
    assert!(matches!(first.ending, Ending::Returned(_)), "{first:?}");
    assert_eq!(
        spans(&first),
        [
            span("resize(a)", 0, 300),
            span("resize(b)", 0, 100),
            span("post", 0, 200),
        ]
    );
    assert_eq!(first.trace.total_ms, 300);
    for attempt in 0..200 {
        let again = run(&scenario("beside"), beside);
        assert_eq!(again.trace, first.trace, "run {attempt} differs");
    }
}

/// Called in place, the same work holds the runtime's only thread: one after another, and the
/// request that was due at 200 ms is only seen when the thread is free again.
#[test]
fn work_in_place_holds_up_everything_else() {
    let run = run(&scenario("in place"), || async {
        tokio::join!(
            async { compute("resize(a)") },
            async { compute("resize(b)") },
            timeline::call("post"),
        )
    });
    assert_eq!(
        spans(&run),
        [
            span("resize(a)", 0, 300),
            span("resize(b)", 300, 400),
            span("post", 400, 600),
        ]
    );
    assert_eq!(run.trace.total_ms, 600);
}

/// Started first, the request is under way while the thread computes, but its answer, there at
/// 200 ms, is taken only at 300 ms, when the resize lets go of the thread.
#[test]
fn a_timer_that_falls_due_during_work_in_place_fires_late() {
    let run = run(&scenario("late timer"), || async {
        tokio::join!(timeline::call("post"), async { compute("resize(a)") })
    });
    assert_eq!(
        spans(&run),
        [span("post", 0, 300), span("resize(a)", 0, 300)]
    );
}

/// A task of `tokio::spawn` runs on the runtime's thread too: spawning does not move CPU work off
/// it on a current-thread runtime. (The spawned task first runs once the code awaits.)
#[test]
fn work_in_a_spawned_task_runs_on_the_runtime_thread() {
    let run = run(&scenario("spawned"), || async {
        let a = tokio::spawn(async { compute("resize(a)") });
        let post = timeline::call("post").await;
        (a.await.ok(), post)
    });
    assert_eq!(
        spans(&run),
        [span("post", 0, 300), span("resize(a)", 0, 300)]
    );
}

/// The pool and the runtime's thread compute at the same time: work on the pool that ends while
/// the runtime's thread is busy ends at its own time, and is seen when the thread is free.
#[test]
fn work_on_the_pool_ends_on_time_while_the_runtime_thread_computes() {
    let run = run(&scenario("both"), || async {
        let b = tokio::task::spawn_blocking(|| compute("resize(b)"));
        let a = compute("resize(a)");
        (a, b.await.ok())
    });
    assert_eq!(
        spans(&run),
        [span("resize(b)", 0, 100), span("resize(a)", 0, 300)]
    );
    assert_eq!(run.trace.total_ms, 300);
}

/// One closure on the pool is one thread: what it computes, it computes one after another.
#[test]
fn one_blocking_task_computes_one_thing_at_a_time() {
    let run = run(&scenario("one task"), || async {
        let both = tokio::task::spawn_blocking(|| (compute("resize(b)"), compute("resize(a)")));
        let post = timeline::call("post").await;
        (both.await.ok(), post)
    });
    assert_eq!(
        spans(&run),
        [
            span("resize(b)", 0, 100),
            span("post", 0, 200),
            span("resize(a)", 100, 400),
        ]
    );
    assert_eq!(run.trace.total_ms, 400);
}

/// Work left running on the pool when the code returns shows as still running, and the run ends
/// without waiting for it.
#[test]
fn work_nobody_awaits_shows_as_still_running() {
    let run = run(&scenario("detached"), || async {
        drop(tokio::task::spawn_blocking(|| compute("resize(a)")));
        timeline::call("post").await
    });
    assert_eq!(
        spans(&run),
        [
            ("resize(a)".to_owned(), 0, 200, SpanEnd::Running),
            span("post", 0, 200),
        ]
    );
}

/// Work on a thread of the code's own cannot be measured: the stand-in says what to use instead.
#[test]
fn work_on_a_thread_of_ones_own_is_refused_with_what_to_use() {
    let run = run(&scenario("own thread"), || async {
        std::thread::spawn(|| compute("resize(a)"))
            .join()
            .map_err(|panic| panic.downcast_ref::<String>().cloned())
    });
    let Ending::Returned(Err(Some(message))) = run.ending else {
        panic!("expected the thread to panic, got {:?}", run.ending);
    };
    assert!(
        message.contains("Run it with `tokio::task::spawn_blocking`"),
        "{message}"
    );
}

/// Seconds of virtual CPU work on the pool cost milliseconds of real time: the clock moves a
/// millisecond at a time, and never waits for anything but the pool threads.
#[test]
fn long_work_on_the_pool_takes_little_real_time() {
    let mut scenario = Scenario::with_seed("long", 7);
    scenario.plan("resize(a)", 3000, Outcome::Value("a".into()));
    scenario.plan("post", 1000, Outcome::Value("posted".into()));
    let run = run(&scenario, || async {
        let (a, post) = tokio::join!(
            tokio::task::spawn_blocking(|| compute("resize(a)")),
            timeline::call("post"),
        );
        (a.ok(), post)
    });
    assert!(matches!(run.ending, Ending::Returned(_)), "{run:?}");
    assert_eq!(run.trace.total_ms, 3000);
    assert!(run.wall < Duration::from_millis(200), "took {:?}", run.wall);
}

/// The check that names CPU work on the runtime's thread, with its time there; the same work on
/// the pool passes it.
#[test]
fn work_in_place_is_named_as_blocking_the_thread() {
    let why = "Hand it to `tokio::task::spawn_blocking`";
    let in_place = run(&scenario("named"), || async {
        tokio::join!(async { compute("resize(a)") }, timeline::call("post"))
    });
    let report = in_place.check().leaves_the_thread_free(why).report();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].kind, FailureKind::BlockedThread);
    assert_eq!(
        report.failures[0].message,
        "resize(a) computed on the runtime's only thread, from 0 to 300 ms: until it returned, no \
         other task could run. Hand it to `tokio::task::spawn_blocking`."
    );

    let beside = run(&scenario("not named"), || async {
        let (a, post) = tokio::join!(
            tokio::task::spawn_blocking(|| compute("resize(a)")),
            timeline::call("post"),
        );
        (a.ok(), post)
    });
    let report = beside.check().leaves_the_thread_free(why).report();
    assert!(report.passed, "{}", report.message);
}

/// An answer that came while the thread was busy is named with when it came, when it was taken
/// and what ended at that moment.
#[test]
fn an_answer_taken_late_is_named_with_what_held_it_up() {
    let why = "the resizing must leave the runtime's thread free";
    let late = run(&scenario("taken late"), || async {
        tokio::join!(timeline::call("post"), async { compute("resize(a)") })
    });
    let report = late.check().ends_on_time(&["post"], why).report();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].kind, FailureKind::Ordering);
    assert_eq!(
        report.failures[0].message,
        "The answer to post came at 200 ms, but it was taken only at 300 ms, when resize(a) \
         ended: for 100 ms nothing polled it. It should end at 200 ms: the resizing must leave \
         the runtime's thread free."
    );

    let on_time = run(&scenario("taken on time"), || async {
        let (a, post) = tokio::join!(
            tokio::task::spawn_blocking(|| compute("resize(a)")),
            timeline::call("post"),
        );
        (a.ok(), post)
    });
    let report = on_time.check().ends_on_time(&["post"], why).report();
    assert!(report.passed, "{}", report.message);
}
