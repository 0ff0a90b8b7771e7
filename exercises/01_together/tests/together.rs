// The tests of exercise 01. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use timeline::{Outcome, Scenario, run};
use together::run_both;

/// Plans both tasks with these durations and fresh random results; returns the results.
fn plan(scenario: &mut Scenario, one_ms: u64, two_ms: u64) -> (String, String) {
    let first = format!("task one done #{}", scenario.token());
    let second = format!("task two done #{}", scenario.token());
    scenario.plan("task_one", one_ms, Outcome::Value(first.clone()));
    scenario.plan("task_two", two_ms, Outcome::Value(second.clone()));
    (first, second)
}

/// The course's own numbers: 1000 ms and 500 ms take 1000 ms together, not 1500 ms.
#[test]
fn takes_as_long_as_the_slower_task() {
    let mut scenario = Scenario::new("takes_as_long_as_the_slower_task");
    let expected = plan(&mut scenario, 1000, 500);
    run(&scenario, run_both)
        .check()
        .returns(&expected, "task one's result, then task two's")
        .start_together(&["task_one", "task_two"])
        .takes_ms(1000, "the slower task alone")
        .done();
}

/// Random durations, with task one the slower, so task two finishes first: the results still come
/// back in call order, not in the order the tasks finish.
#[test]
fn results_come_back_in_call_order() {
    let mut scenario = Scenario::new("results_come_back_in_call_order");
    let two_ms = scenario.duration_ms(200..=700);
    let one_ms = scenario.duration_ms(two_ms + 100..=1500);
    let expected = plan(&mut scenario, one_ms, two_ms);
    run(&scenario, run_both)
        .check()
        .returns(
            &expected,
            "task one's result first, even though task two finishes first",
        )
        .start_together(&["task_one", "task_two"])
        .takes_ms(one_ms, "the slower task, task one, alone")
        .done();
}

/// Random durations, with task two the slower: both must start at 0 ms.
#[test]
fn both_tasks_start_at_once() {
    let mut scenario = Scenario::new("both_tasks_start_at_once");
    let one_ms = scenario.duration_ms(200..=700);
    let two_ms = scenario.duration_ms(one_ms + 100..=1500);
    let expected = plan(&mut scenario, one_ms, two_ms);
    run(&scenario, run_both)
        .check()
        .returns(&expected, "task one's result, then task two's")
        .start_together(&["task_one", "task_two"])
        .takes_ms(two_ms, "the slower task, task two, alone")
        .done();
}
