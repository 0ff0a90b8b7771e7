// The tests of exercise 01. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use timeline::{Outcome, Scenario, run};
use together::run_both;

/// Runs `run_both` with the durations `durations` draws, and checks the exercise's promises: the
/// results in call order, both tasks started at 0 ms and called once, and a run exactly as long
/// as the slower task. The results are random tokens, so hard-coding them fails.
fn check(name: &str, durations: impl FnOnce(&mut Scenario) -> (u64, u64)) {
    let mut scenario = Scenario::new(name);
    let (one_ms, two_ms) = durations(&mut scenario);
    let first = format!("task one done #{}", scenario.token());
    let second = format!("task two done #{}", scenario.token());
    scenario.plan("task_one", one_ms, Outcome::Value(first.clone()));
    scenario.plan("task_two", two_ms, Outcome::Value(second.clone()));
    let (order, slower) = if one_ms > two_ms {
        (
            "task one's result first, even though task two finishes first",
            "the slower task, task one, alone",
        )
    } else {
        (
            "task one's result, then task two's",
            "the slower task, task two, alone",
        )
    };
    run(&scenario, run_both)
        .check()
        .returns(&(first, second), order)
        .start_together(&["task_one", "task_two"])
        // A task spawned "to get it going" and then called again runs twice: the first run's
        // result is thrown away, and the timing can look right.
        .each_started_once(&["task_one", "task_two"])
        .takes_ms(one_ms.max(two_ms), slower)
        .done();
}

/// The course's own numbers: 1000 ms and 500 ms take 1000 ms together, not 1500 ms.
#[test]
fn takes_as_long_as_the_slower_task() {
    check("takes_as_long_as_the_slower_task", |_| (1000, 500));
}

/// Random durations, with task one the slower, so task two finishes first: the results still come
/// back in call order, not in the order the tasks finish.
#[test]
fn results_come_back_in_call_order() {
    check("results_come_back_in_call_order", |scenario| {
        let two_ms = scenario.duration_ms(200..=700);
        (scenario.duration_ms(two_ms + 100..=1500), two_ms)
    });
}

/// Random durations, with task two the slower: both must still start at 0 ms.
#[test]
fn both_tasks_start_at_once() {
    check("both_tasks_start_at_once", |scenario| {
        let one_ms = scenario.duration_ms(200..=700);
        (one_ms, scenario.duration_ms(one_ms + 100..=1500))
    });
}
