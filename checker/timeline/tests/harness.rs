// Tests of the harness itself: exact virtual times, what counts as a start, cancellation, the
// guards, seeds, and (as insta snapshots) the timeline drawing and the teaching messages.

use std::time::Duration;

use timeline::{
    Ending, Event, EventKind, FailureKind, Limits, Outcome, Scenario, SpanEnd, Trace, call, draw,
    run, run_with_limits,
};

/// The course's opening program: task one 1000 ms, task two 500 ms.
fn course_scenario(check: &str) -> Scenario {
    let mut scenario = Scenario::with_seed(check, 7);
    scenario.plan("task_one", 1000, Outcome::Value("one".into()));
    scenario.plan("task_two", 500, Outcome::Value("two".into()));
    scenario
}

async fn sequential() -> (Outcome, Outcome) {
    let first = call("task_one").await;
    let second = call("task_two").await;
    (first, second)
}

async fn together() -> (Outcome, Outcome) {
    tokio::join!(call("task_one"), call("task_two"))
}

#[test]
fn one_after_another_takes_the_sum_exactly() {
    let run = run(&course_scenario("sum"), sequential);
    assert!(matches!(run.ending, Ending::Returned(_)));
    assert_eq!(run.trace.total_ms, 1500);
    assert_eq!(run.trace.span("task_two").map(|s| s.start_ms), Some(1000));
    assert_eq!(run.trace.peak_in_flight(), 1);
}

#[test]
fn together_takes_the_longest_exactly_in_no_wall_time() {
    let run = run(&course_scenario("max"), together);
    assert_eq!(run.trace.total_ms, 1000);
    assert_eq!(run.trace.peak_in_flight(), 2);
    assert!(run.wall < Duration::from_millis(200), "took {:?}", run.wall);
}

#[test]
fn a_task_starts_at_its_first_poll_not_when_built() {
    // The literal translation of JavaScript's "start, then await": still sequential in Rust.
    let run = run(&course_scenario("lazy"), || async {
        let first = call("task_one");
        let second = call("task_two");
        (first.await, second.await)
    });
    assert_eq!(run.trace.span("task_two").map(|s| s.start_ms), Some(1000));
    assert_eq!(run.trace.total_ms, 1500);
}

#[test]
fn a_dropped_task_shows_as_cancelled_at_the_moment_it_was_dropped() {
    let run = run(&course_scenario("cancel"), || async {
        tokio::time::timeout(Duration::from_millis(300), call("task_one")).await
    });
    let span = run.trace.span("task_one").expect("task_one started");
    assert_eq!((span.end_ms, span.end), (300, SpanEnd::Cancelled));
}

#[test]
fn a_task_nobody_awaits_shows_as_still_running() {
    let run = run(&course_scenario("leak"), || async {
        drop(tokio::spawn(call("task_one")));
        call("task_two").await
    });
    let span = run
        .trace
        .span("task_one")
        .expect("the spawned task started");
    assert_eq!((span.end_ms, span.end), (500, SpanEnd::Running));
}

#[test]
fn code_that_waits_forever_stops_at_the_virtual_deadline_at_once() {
    let run = run(&course_scenario("forever"), || async {
        call("task_one").await;
        std::future::pending::<()>().await;
    });
    assert!(matches!(run.ending, Ending::NeverFinished));
    assert_eq!(run.trace.total_ms, 60_000);
    assert!(run.wall < Duration::from_millis(200), "took {:?}", run.wall);
    let report = run.check().report();
    assert_eq!(report.failures[0].kind, FailureKind::NeverFinished);
}

// The guards below watch the wall clock, so these two tests must spend real time; the limits
// are set small to keep it to a tenth of a second.
const QUICK_GUARDS: Limits = Limits {
    deadline: Duration::from_secs(60),
    watchdog: Duration::from_millis(300),
    blocked_after: Duration::from_millis(30),
};

#[test]
fn code_that_blocks_the_thread_is_caught_though_virtual_time_stands_still() {
    let run = run_with_limits(&course_scenario("blocks"), QUICK_GUARDS, || async {
        std::thread::sleep(Duration::from_millis(100));
        call("task_two").await
    });
    assert!(
        matches!(run.ending, Ending::BlockedThread(_)),
        "{:?}",
        run.ending
    );
    assert_eq!(
        run.check().report().failures[0].kind,
        FailureKind::BlockedThread
    );
}

/// A drawing's rows follow the order the code called the tasks in, not their names: the lesson
/// of `join!` is that results come back in the order written.
#[test]
fn rows_come_in_call_order() {
    let mut scenario = Scenario::with_seed("call order", 1);
    for task in ["fetch_user(15)", "fetch_user(4)", "fetch_user(8)"] {
        scenario.plan(task, 100, Outcome::Value(task.to_owned()));
    }
    let run = run(&scenario, || async {
        tokio::join!(
            call("fetch_user(4)"),
            call("fetch_user(8)"),
            call("fetch_user(15)")
        )
    });
    let rows: Vec<String> = run
        .trace
        .spans()
        .into_iter()
        .map(|span| span.task)
        .collect();
    assert_eq!(rows, ["fetch_user(4)", "fetch_user(8)", "fetch_user(15)"]);
}

/// Two at a time is not one after another: the message says how many ran at once.
#[test]
fn a_task_held_back_by_a_cap_is_not_told_they_ran_one_after_another() {
    let mut scenario = Scenario::with_seed("capped", 1);
    for task in ["a", "b", "c"] {
        scenario.plan(task, 100, Outcome::Value(task.to_owned()));
    }
    let run = run(&scenario, || async {
        let (a, b) = tokio::join!(call("a"), call("b"));
        (a, b, call("c").await)
    });
    let report = run.check().start_together(&["a", "b", "c"]).report();
    let message = &report.failures[0].message;
    assert!(message.contains("at most 2 tasks ran at once"), "{message}");
    assert!(!message.contains("one after another"), "{message}");
}

/// The default guard catches a block of 60 ms, and does so on every one of the three runs it
/// makes before it judges (about 0.2 s of real time).
#[test]
fn a_short_block_is_caught_with_the_default_guards() {
    let run = run(&course_scenario("short block"), || async {
        std::thread::sleep(Duration::from_millis(60));
        call("task_two").await
    });
    assert!(
        matches!(run.ending, Ending::BlockedThread(_)),
        "{:?}",
        run.ending
    );
}

/// Resuming the clock makes the run take real time: that is said as it is, not as a blocked
/// thread.
#[test]
fn resuming_the_clock_is_named() {
    let run = run_with_limits(&course_scenario("resumes"), QUICK_GUARDS, || async {
        tokio::time::resume();
        tokio::time::sleep(Duration::from_millis(40)).await;
    });
    let report = run.check().report();
    assert_eq!(report.failures[0].kind, FailureKind::BlockedThread);
    assert!(
        report.failures[0].message.contains("resumed tokio's clock"),
        "{}",
        report.failures[0].message
    );
}

#[test]
fn code_that_never_yields_is_given_up_on_by_the_watchdog() {
    let run = run_with_limits(&course_scenario("spins"), QUICK_GUARDS, || async {
        call("task_two").await;
        #[expect(
            clippy::empty_loop,
            reason = "the busy loop is what this test is about"
        )]
        loop {}
    });
    assert!(
        matches!(run.ending, Ending::BlockedThread(_)),
        "{:?}",
        run.ending
    );
    // What happened before the thread got stuck is kept.
    assert_eq!(run.trace.span("task_two").map(|s| s.end_ms), Some(500));
}

#[test]
fn a_panic_is_reported_with_its_message_and_advice_for_todo() {
    let run = run(&course_scenario("panics"), || async { todo!() });
    let report = run.check().report();
    assert_eq!(report.failures[0].kind, FailureKind::Panicked);
    assert!(report.failures[0].message.contains("Replace the `todo!()`"));
}

#[test]
fn a_call_the_test_did_not_plan_names_what_was_planned() {
    let run = run(&course_scenario("unplanned"), || call("fetch_user(9)"));
    let Ending::Panicked(message) = run.ending else {
        panic!("expected a panic, got {:?}", run.ending);
    };
    assert!(
        message.contains("did not expect a call to fetch_user(9)"),
        "{message}"
    );
    assert!(message.contains("task_one, task_two"), "{message}");
}

#[test]
fn a_seed_replays_the_same_scenario_and_each_check_draws_its_own() {
    let draw_three = |check: &str, seed| {
        let mut scenario = Scenario::with_seed(check, seed);
        (0..3)
            .map(|_| (scenario.duration_ms(100..=2000), scenario.token()))
            .collect::<Vec<_>>()
    };
    assert_eq!(draw_three("a", 42), draw_three("a", 42));
    assert_ne!(draw_three("a", 42), draw_three("b", 42));
    assert!(
        draw_three("a", 42)
            .iter()
            .all(|(ms, _)| ms % 100 == 0 && (100..=2000).contains(ms))
    );
}

#[test]
fn spans_pair_each_end_with_the_earliest_open_start_of_the_same_task() {
    let event = |at_ms, task: &str, kind| Event {
        at_ms,
        task: task.into(),
        kind,
        blocking: false,
    };
    let trace = Trace::new(
        vec![
            event(0, "ping", EventKind::Started),
            event(100, "ping", EventKind::Finished),
            event(100, "ping", EventKind::Started),
            event(250, "ping", EventKind::Failed),
        ],
        250,
    );
    let spans = trace.spans();
    assert_eq!(spans.len(), 2);
    assert_eq!(
        (spans[1].start_ms, spans[1].end_ms, spans[1].end),
        (100, 250, SpanEnd::Failed)
    );
    assert_eq!(trace.starts("ping"), 2);
    // The first ends at the instant the second starts: they never overlap.
    assert_eq!(trace.peak_in_flight(), 1);
}

#[test]
fn snapshot_of_the_two_runs_of_the_opening_program() {
    let sequential = run(&course_scenario("draw sequential"), sequential);
    let together = run(&course_scenario("draw together"), together);
    insta::assert_snapshot!(format!(
        "{}\n{}",
        draw(&sequential.trace),
        draw(&together.trace)
    ));
}

#[test]
fn snapshot_of_every_way_a_span_can_end() {
    let mut scenario = Scenario::with_seed("endings", 7);
    scenario.plan("fetch_user", 200, Outcome::Value("ada".into()));
    scenario.plan("fetch_posts", 300, Outcome::Error("HTTP 503".into()));
    scenario.plan("fetch_stats", 900, Outcome::Value("stats".into()));
    scenario.plan("fetch_feed", 900, Outcome::Value("feed".into()));
    let run = run(&scenario, || async {
        drop(tokio::spawn(call("fetch_feed")));
        let stats = tokio::time::timeout(Duration::from_millis(400), call("fetch_stats"));
        tokio::join!(call("fetch_user"), call("fetch_posts"), stats)
    });
    insta::assert_snapshot!(draw(&run.trace));
}

#[test]
fn snapshot_of_the_message_for_a_sequential_answer() {
    let run = run(&course_scenario("the course's run"), sequential);
    let report = run
        .check()
        .start_together(&["task_one", "task_two"])
        .takes_ms(1000, "the slower task alone")
        .report();
    assert!(!report.passed);
    insta::assert_snapshot!(report.message);
}

#[test]
fn snapshot_of_the_message_for_wrong_values_and_a_late_dependent_task() {
    let mut scenario = Scenario::with_seed("dependent", 7);
    scenario.plan("fetch_user", 400, Outcome::Value("ada".into()));
    scenario.plan("fetch_posts", 300, Outcome::Value("posts".into()));
    let run = run(&scenario, || async {
        let (posts, user) = tokio::join!(call("fetch_posts"), call("fetch_user"));
        (posts, user, call("fetch_posts").await)
    });
    let report = run
        .check()
        .returns(
            &(
                Outcome::Value("ada".into()),
                Outcome::Value("posts".into()),
                Outcome::Value("posts".into()),
            ),
            "the user, then the posts",
        )
        .starts_after("fetch_posts", &["fetch_user"])
        .each_started_once(&["fetch_user", "fetch_posts"])
        .report();
    insta::assert_snapshot!(report.message);
}

/// A scenario where one of three tasks fails early, as in the fail-fast exercise.
fn failing_scenario(check: &str) -> Scenario {
    let mut scenario = Scenario::with_seed(check, 7);
    scenario.plan("load_cart", 600, Outcome::Value("cart".into()));
    scenario.plan("check_stock", 200, Outcome::Error("HTTP 503".into()));
    scenario.plan("quote_shipping", 900, Outcome::Value("quote".into()));
    scenario
}

#[test]
fn a_task_aborted_as_the_code_returns_shows_as_cancelled_at_that_moment() {
    let run = run(&failing_scenario("abort"), || async {
        let cart = tokio::spawn(call("load_cart"));
        let stock = call("check_stock").await;
        cart.abort();
        stock
    });
    let span = run.trace.span("load_cart").expect("load_cart started");
    assert_eq!((span.end_ms, span.end), (200, SpanEnd::Cancelled));
    assert_eq!(run.trace.total_ms, 200);
}

#[test]
fn dropping_a_join_set_cancels_its_tasks_but_dropping_a_handle_does_not() {
    let run = run(&failing_scenario("join set"), || async {
        let mut set = tokio::task::JoinSet::new();
        set.spawn(call("load_cart"));
        let detached = tokio::spawn(call("quote_shipping"));
        drop(detached);
        call("check_stock").await
    });
    let ends: Vec<_> = run
        .trace
        .spans()
        .into_iter()
        .map(|span| (span.task, span.end_ms, span.end))
        .collect();
    assert_eq!(
        ends,
        [
            ("check_stock".to_owned(), 200, SpanEnd::Failed),
            ("load_cart".to_owned(), 200, SpanEnd::Cancelled),
            ("quote_shipping".to_owned(), 200, SpanEnd::Running),
        ]
    );
    let report = run.check().nothing_left_running().report();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].kind, FailureKind::Cancellation);
    assert!(
        report.failures[0]
            .message
            .starts_with("quote_shipping was still running")
    );
}

#[test]
fn a_dependent_task_must_start_exactly_when_its_input_arrives() {
    let late = run(&course_scenario("late"), || async {
        let (one, _) = tokio::join!(call("task_one"), call("task_two"));
        (one, call("task_two").await)
    });
    let report = late
        .check()
        .starts_at("task_two", 1000, "as soon as task one's result arrives")
        .report();
    // The first execution of task_two started at 0 ms, before task one's result: too early.
    assert_eq!(report.failures.len(), 1);
    assert!(report.failures[0].message.contains("before 1000 ms"));

    let on_time = run(&course_scenario("on time"), sequential);
    let report = on_time
        .check()
        .starts_at("task_two", 1000, "as soon as task one's result arrives")
        .report();
    assert!(report.passed, "{}", report.message);
}

#[test]
fn many_failures_of_one_kind_are_summed_up_after_the_first_few() {
    let mut scenario = Scenario::with_seed("many", 7);
    let ids: Vec<String> = (1..=50)
        .map(|id| format!("fetch_user_by_id({id})"))
        .collect();
    for id in &ids {
        scenario.plan(id.clone(), 100, Outcome::Value(id.clone()));
    }
    let tasks = ids.clone();
    let run = run(&scenario, move || async move {
        for task in tasks {
            call(task).await;
        }
    });
    let names: Vec<&str> = ids.iter().map(String::as_str).collect();
    let report = run
        .check()
        .start_together(&names)
        .takes_ms(100, "one request's time")
        .report();
    let ordering: Vec<_> = report
        .failures
        .iter()
        .filter(|failure| failure.kind == FailureKind::Ordering)
        .collect();
    assert_eq!(ordering.len(), 3);
    assert!(ordering[2].message.ends_with("(And 46 more like this.)"));
    let timing = &report.failures[3].message;
    assert!(
        timing.contains("fetch_user_by_id(3) 100 ms + 47 more"),
        "{timing}"
    );
}

#[test]
fn snapshot_of_the_message_for_an_error_that_waited_for_the_slowest_task() {
    let run = run(&failing_scenario("waits for the slowest"), || async {
        let (cart, stock, quote) = tokio::join!(
            call("load_cart"),
            call("check_stock"),
            call("quote_shipping")
        );
        [cart, stock, quote]
            .into_iter()
            .find(|outcome| matches!(outcome, Outcome::Error(_)))
    });
    let report = run
        .check()
        .returns(
            &Some(Outcome::Error("HTTP 503".into())),
            "check_stock's error",
        )
        .takes_ms(
            200,
            "the error should come back as soon as check_stock fails",
        )
        .cancelled(
            &["load_cart", "quote_shipping"],
            "check_stock had already failed at 200 ms",
        )
        .report();
    insta::assert_snapshot!(report.message);
}

#[test]
fn a_long_wrong_value_is_cut_in_the_middle() {
    let run = run(&course_scenario("long value"), || async {
        (0..100).map(|n| format!("user {n}")).collect::<Vec<_>>()
    });
    let expected: Vec<String> = (0..100).rev().map(|n| format!("user {n}")).collect();
    let report = run
        .check()
        .returns(&expected, "the users in id order")
        .report();
    let message = &report.failures[0].message;
    assert!(message.contains(" ... "), "{message}");
    assert!(message.len() < 700, "{message}");
    assert!(message.ends_with("the users in id order."), "{message}");
}

#[test]
fn a_task_that_should_never_run_is_named_with_when_it_was_called() {
    let eager = run(&course_scenario("eager fallback"), || async {
        let (one, _) = tokio::join!(call("task_one"), call("task_two"));
        one
    });
    let report = eager
        .check()
        .never_called(&["task_two"], "task one's result was all the run needed")
        .report();
    assert_eq!(report.failures.len(), 1);
    assert_eq!(report.failures[0].kind, FailureKind::Calls);
    let message = &report.failures[0].message;
    assert!(
        message.starts_with("task_two was called at 0 ms, though task one's result"),
        "{message}"
    );

    let lean = run(&course_scenario("no fallback"), || async {
        call("task_one").await
    });
    let report = lean
        .check()
        .never_called(&["task_two"], "task one's result was all the run needed")
        .report();
    assert!(report.passed, "{}", report.message);
}
