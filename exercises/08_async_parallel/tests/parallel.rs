// The tests of exercise 08. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// Each task is a `job` stand-in whose label is its name: `job("short")` shows as `short` in the
// timeline, and the scenario decides how long it runs and what it ends with.

use std::collections::BTreeMap;
use std::future::Future;

use parallel::{Task, parallel, parallel_named};
use stand_ins::{job, job_with_values};
use timeline::{Outcome, Scenario, StdValue, run};

/// The course's three tasks, from the quickest to the slowest.
const COURSE: [&str; 3] = ["short", "medium", "long"];

/// Three tasks for the error tests, from the quickest to the slowest. Their names sort in that
/// order too, so code that runs a map's tasks one by one, in name order, never lets the slowest
/// run: it fails on its timing alone, not on a task it should have cancelled.
const ERRANDS: [&str; 3] = ["fast", "medium", "slow"];

/// The list of `job` tasks named `names`, in that order.
fn tasks(names: &[&'static str]) -> Vec<Task<String>> {
    names
        .iter()
        .map(|&name| Box::pin(job(name)) as Task<String>)
        .collect()
}

/// The map of `job` tasks named `names`.
fn named_tasks(names: &[&'static str]) -> BTreeMap<&'static str, Task<String>> {
    names
        .iter()
        .map(|&name| (name, Box::pin(job(name)) as Task<String>))
        .collect()
}

/// The course's result for the task `name`: `short` gives `resultOfShortTime`.
fn course_result(name: &str) -> String {
    let mut letters = name.chars();
    let capital: String = letters
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .collect();
    format!("resultOf{capital}{}Time", letters.as_str())
}

/// Random durations for the course's three tasks, the short one the quickest and the long one
/// the slowest, all different.
fn random_durations(scenario: &mut Scenario) -> [u64; 3] {
    let short = scenario.duration_ms(100..=400);
    let medium = scenario.duration_ms(short + 100..=900);
    let long = scenario.duration_ms(medium + 100..=1500);
    [short, medium, long]
}

/// Plans each of the course's tasks with its duration from `durations` and a value from
/// `value`, runs `parallel` on them in the order of `order`, and checks the call's promises: the
/// values in list order, every task started once and at 0 ms, and a run exactly as long as the
/// slowest task.
fn check_list(
    check: &str,
    durations: impl FnOnce(&mut Scenario) -> [u64; 3],
    value: impl Fn(&mut Scenario, &str) -> String,
    order: impl FnOnce(&mut Scenario) -> [&'static str; 3],
) {
    let mut scenario = Scenario::new(check);
    let durations = durations(&mut scenario);
    let mut values = BTreeMap::new();
    for (name, ms) in COURSE.into_iter().zip(durations) {
        let result = value(&mut scenario, name);
        scenario.plan(name, ms, Outcome::Value(result.clone()));
        values.insert(name, result);
    }
    let order = order(&mut scenario);
    let expected: Result<Vec<String>, String> =
        Ok(order.iter().map(|name| values[name].clone()).collect());
    let what = format!(
        "the results in the order of the list ({}), whichever task finishes first",
        order.join(", ")
    );
    let slowest = durations.into_iter().max().unwrap_or(0);
    run(&scenario, move || parallel(tasks(&order)))
        .check()
        .returns(&expected, &what)
        .start_together(&order)
        .each_started_once(&order)
        .takes_ms(slowest, "the slowest task, long, alone")
        .done();
}

/// The course's own numbers: tasks of 200, 500 and 1000 ms give their results in list order in
/// 1000 ms, not in the 1700 ms they add up to.
#[test]
fn a_list_takes_as_long_as_its_slowest_task() {
    check_list(
        "a_list_takes_as_long_as_its_slowest_task",
        |_| [200, 500, 1000],
        |_, name| course_result(name),
        |_| COURSE,
    );
}

/// Random durations, with the slowest task first in the list: the results still come back in
/// list order, not in the order the tasks finish.
#[test]
fn a_list_keeps_its_order() {
    check_list(
        "a_list_keeps_its_order",
        random_durations,
        |scenario, name| format!("{} #{}", course_result(name), scenario.token()),
        |scenario| {
            let mut order = ["long", "medium", "short"];
            scenario.rng().shuffle(&mut order[1..]);
            order
        },
    );
}

/// A map of named tasks, with random durations: each result comes back under its task's name,
/// in the time of the slowest task.
#[test]
fn a_map_keeps_each_result_under_its_name() {
    let mut scenario = Scenario::new("a_map_keeps_each_result_under_its_name");
    let durations = random_durations(&mut scenario);
    let mut expected = BTreeMap::new();
    for (name, ms) in COURSE.into_iter().zip(durations) {
        let result = format!("{} #{}", course_result(name), scenario.token());
        scenario.plan(name, ms, Outcome::Value(result.clone()));
        expected.insert(name, result);
    }
    let slowest = durations.into_iter().max().unwrap_or(0);
    run(&scenario, || parallel_named(named_tasks(&COURSE)))
        .check()
        .returns(&Ok(expected), "each task's result under that task's name")
        .start_together(&COURSE)
        .each_started_once(&COURSE)
        .takes_ms(slowest, "the slowest task, long, alone")
        .done();
}

/// A map of tasks that each end with several values, as a callback called with `(null, a, b)`
/// does: the values of each task come back together, as one list under its name.
#[test]
fn a_map_of_tasks_with_several_values() {
    let mut scenario = Scenario::new("a_map_of_tasks_with_several_values");
    let durations = random_durations(&mut scenario);
    let mut expected = BTreeMap::new();
    for (name, ms) in COURSE.into_iter().zip(durations) {
        let token = scenario.token();
        let result = course_result(name);
        let values = vec![format!("{result}1 #{token}"), format!("{result}2 #{token}")];
        scenario.plan(name, ms, Outcome::Values(values.clone()));
        expected.insert(name, values);
    }
    let slowest = durations.into_iter().max().unwrap_or(0);
    run(&scenario, || {
        let tasks: BTreeMap<&'static str, Task<Vec<String>>> = COURSE
            .into_iter()
            .map(|name| (name, Box::pin(job_with_values(name)) as Task<Vec<String>>))
            .collect();
        parallel_named(tasks)
    })
    .check()
    .returns(
        &Ok(expected),
        "each task's values together, as one list under that task's name",
    )
    .start_together(&COURSE)
    .each_started_once(&COURSE)
    .takes_ms(slowest, "the slowest task, long, alone")
    .done();
}

/// Plans the errands with random durations, `medium` failing with a random error, and checks
/// that the run which `call` makes returns that error as soon as `medium` fails, with every
/// task started at 0 ms and `slow` cancelled.
fn check_first_error<T, F, Fut>(check: &str, call: F)
where
    T: StdValue + Send + 'static,
    F: FnOnce() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<T, String>> + 'static,
{
    let mut scenario = Scenario::new(check);
    let fast_ms = scenario.duration_ms(100..=400);
    let medium_ms = scenario.duration_ms(fast_ms + 100..=900);
    let slow_ms = scenario.duration_ms(medium_ms + 100..=1500);
    let error = format!("HTTP 503 #{}", scenario.token());
    let done = format!("resultOfFastTime #{}", scenario.token());
    let late = format!("resultOfSlowTime #{}", scenario.token());
    scenario.plan("fast", fast_ms, Outcome::Value(done));
    scenario.plan("medium", medium_ms, Outcome::Error(error.clone()));
    scenario.plan("slow", slow_ms, Outcome::Value(late));
    let why_cancelled = format!("medium's error at {medium_ms} ms had ended the run");
    run(&scenario, call)
        .check()
        .returns(&Err(error), "medium's error, the first and only one")
        .start_together(&ERRANDS)
        .takes_ms(medium_ms, "when medium fails: its error ends the run")
        .cancelled(&["slow"], &why_cancelled)
        .done();
}

/// A list where the middle task fails: its error comes back the moment it fails, and the slower
/// task is cancelled rather than waited for.
#[test]
fn the_first_error_ends_a_list() {
    check_first_error("the_first_error_ends_a_list", || parallel(tasks(&ERRANDS)));
}

/// The same with a map of named tasks.
#[test]
fn the_first_error_ends_a_map() {
    check_first_error("the_first_error_ends_a_map", || {
        parallel_named(named_tasks(&ERRANDS))
    });
}

/// Plans the course's three tasks with random durations, `medium` failing with a random error,
/// and checks that the run which `call` makes returns that error the moment `medium` fails,
/// although `long`, the slowest, comes before it: `order` says where ("in the list").
///
/// "First" means first in time, not in the list: code that collects the results in list order
/// (`FuturesOrdered` with `try_collect`, `buffered`, spawned handles awaited one by one) only
/// sees `medium`'s error once `long` has ended.
fn check_error_behind_a_slower_task<T, F, Fut>(check: &str, order: &str, call: F)
where
    T: StdValue + Send + 'static,
    F: FnOnce() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<T, String>> + 'static,
{
    let mut scenario = Scenario::new(check);
    let [short_ms, medium_ms, long_ms] = random_durations(&mut scenario);
    let error = format!("HTTP 503 #{}", scenario.token());
    let quick = format!("resultOfShortTime #{}", scenario.token());
    let late = format!("resultOfLongTime #{}", scenario.token());
    scenario.plan("long", long_ms, Outcome::Value(late));
    scenario.plan("medium", medium_ms, Outcome::Error(error.clone()));
    scenario.plan("short", short_ms, Outcome::Value(quick));
    // `long` is not asked to be cancelled here: code that runs the tasks one by one lets it
    // finish before `medium` even starts, and the timing already names that mistake.
    // `the_first_error_ends_a_list` asks for the cancellation; this one asks that nothing is left
    // running in the background.
    run(&scenario, call)
        .check()
        .returns(&Err(error), "medium's error, the first and only one")
        .start_together(&COURSE)
        .takes_ms(
            medium_ms,
            &format!("the moment medium fails, though long, before it {order}, is still running"),
        )
        .nothing_left_running()
        .done();
}

/// A list whose slowest task comes before the one that fails: the error still comes back the
/// moment it happens, not once the slow task ahead of it has ended.
#[test]
fn an_error_behind_a_slower_task_ends_a_list_at_once() {
    check_error_behind_a_slower_task(
        "an_error_behind_a_slower_task_ends_a_list_at_once",
        "in the list",
        || parallel(tasks(&["long", "medium", "short"])),
    );
}

/// The same with a map: `long` comes first in name order, so code that collects the results in
/// that order waits for it.
#[test]
fn an_error_behind_a_slower_task_ends_a_map_at_once() {
    check_error_behind_a_slower_task(
        "an_error_behind_a_slower_task_ends_a_map_at_once",
        "in name order",
        || parallel_named(named_tasks(&COURSE)),
    );
}

/// The names of forty uploads, `upload_01` to `upload_40`: their list order and their name order
/// are the same.
fn forty_uploads() -> Vec<&'static str> {
    (1..=40)
        // `parallel_named` takes `&'static str` names, like the keys written in a JavaScript
        // object; these are made at run time, so they are leaked: a few bytes until the test ends.
        .map(|number| -> &'static str { format!("upload_{number:02}").leak() })
        .collect()
}

/// Plans forty uploads, one of the last ten failing before all the others end, and checks that
/// the run which `call` makes on them returns that error the moment it happens, with every
/// upload started at 0 ms and none left running. `order` says where the others come before the
/// failing one ("in the list").
///
/// Above 30 futures, `futures::future::try_join_all` turns into `FuturesOrdered` with
/// `try_collect`: it sees an error only once every future before it in the list has ended, so
/// it no longer fails fast. An answer has to keep its promise for any number of tasks.
fn check_error_among_forty<T, F, Fut>(check: &str, order: &str, call: F)
where
    T: StdValue + Send + 'static,
    F: FnOnce(Vec<&'static str>) -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<T, String>> + 'static,
{
    let mut scenario = Scenario::new(check);
    let uploads = forty_uploads();
    let failing = scenario.rng().usize(30..40);
    let failed_ms = scenario.duration_ms(100..=400);
    let error = format!("HTTP 503 #{}", scenario.token());
    for (place, &upload) in uploads.iter().enumerate() {
        if place == failing {
            scenario.plan(upload, failed_ms, Outcome::Error(error.clone()));
        } else {
            let ms = scenario.duration_ms(failed_ms + 100..=1000);
            let value = format!("{upload} stored #{}", scenario.token());
            scenario.plan(upload, ms, Outcome::Value(value));
        }
    }
    let failed = uploads[failing];
    let why = format!(
        "the moment {failed} fails, though the {failing} uploads before it {order} are still \
         running"
    );
    // As above, the uploads are not asked to be cancelled, only not to be left running: code
    // that runs them one by one finishes those before the failing one, a mistake the timing names.
    run(&scenario, {
        let uploads = uploads.clone();
        move || call(uploads)
    })
    .check()
    .returns(
        &Err(error),
        &format!("{failed}'s error, the first and only one"),
    )
    .start_together(&uploads)
    .takes_ms(failed_ms, &why)
    .nothing_left_running()
    .done();
}

/// Forty tasks, one of the last failing first: its error ends the run at once, however many
/// tasks there are.
#[test]
fn the_first_error_ends_a_list_of_40_tasks() {
    check_error_among_forty(
        "the_first_error_ends_a_list_of_40_tasks",
        "in the list",
        |uploads| parallel(tasks(&uploads)),
    );
}

/// The same with a map of forty named tasks.
#[test]
fn the_first_error_ends_a_map_of_40_tasks() {
    check_error_among_forty(
        "the_first_error_ends_a_map_of_40_tasks",
        "in name order",
        |uploads| parallel_named(named_tasks(&uploads)),
    );
}

/// An edge case: an empty list is done at once, with no results. The starting file already gets
/// this right; an answer that waits for "the next task to finish" may wait forever or panic.
#[test]
fn an_empty_list_is_done_at_once() {
    let scenario = Scenario::new("an_empty_list_is_done_at_once");
    run(&scenario, || parallel::<String>(Vec::new()))
        .check()
        .returns(&Ok(Vec::new()), "an empty list of results")
        .takes_ms(0, "as there is nothing to wait for")
        .done();
}
