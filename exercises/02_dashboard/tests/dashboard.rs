// The tests of exercise 02. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use dashboard::load_dashboard;
use timeline::{Outcome, Scenario, run};

/// The three loads, in the order of the dashboard's fields.
const LOADS: [&str; 3] = ["fetch_user", "fetch_posts", "fetch_comments"];

/// Runs `load_dashboard` with the durations `durations` draws (for the user, the posts and the
/// comments, in that order), and checks the exercise's promises: each result in its own field,
/// all three loads started at 0 ms and called once, and a run exactly as long as the slowest
/// load. The results are random tokens, so hard-coding them fails.
///
/// The fields are taken out of the learner's `Dashboard` and compared as plain strings: the
/// learner's file defines that struct, so its `PartialEq` (and its `Debug`) are not the test's
/// to trust.
fn check(name: &str, durations: impl FnOnce(&mut Scenario) -> [u64; 3]) {
    let mut scenario = Scenario::new(name);
    let durations = durations(&mut scenario);
    let user = format!("user #{}", scenario.token());
    let posts = format!("posts #{}", scenario.token());
    let comments = format!("comments #{}", scenario.token());
    let values = [&user, &posts, &comments];
    for ((load, ms), value) in LOADS.into_iter().zip(durations).zip(values) {
        scenario.plan(load, ms, Outcome::Value(value.clone()));
    }
    let (slowest_ms, why) = slowest(durations);
    let run = run(&scenario, || async {
        let dashboard = load_dashboard().await;
        (dashboard.user, dashboard.posts, dashboard.comments)
    });
    run.check()
        .returns(
            &(user, posts, comments),
            "the fields `user`, `posts` and `comments`, in that order, each holding its own \
             load's result, whichever load finished first",
        )
        .start_together(&LOADS)
        .each_started_once(&LOADS)
        .takes_ms(slowest_ms, &why)
        .done();
}

/// The time the dashboard needs with these durations, and why, in words.
fn slowest(durations: [u64; 3]) -> (u64, String) {
    let slowest_ms = durations.into_iter().max().unwrap_or(0);
    let mut slowest = LOADS
        .into_iter()
        .zip(durations)
        .filter(|&(_, ms)| ms == slowest_ms);
    let why = match (slowest.next(), slowest.next()) {
        (Some((load, _)), None) => format!("the time of the slowest load, {load}, alone"),
        _ if durations.iter().all(|&ms| ms == slowest_ms) => {
            "the time of one load, as all three run at once".to_owned()
        }
        _ => "the time of the slowest loads, as all three run at once".to_owned(),
    };
    (slowest_ms, why)
}

/// The course's own numbers: three loads of 100 ms take 100 ms together, not 300 ms.
#[test]
fn ready_in_the_time_of_one_load() {
    check("ready_in_the_time_of_one_load", |_| [100, 100, 100]);
}

/// Random durations where the loads finish in the reverse of field order (comments first, the user
/// last): each result must still land in its own field.
#[test]
fn each_result_lands_in_its_own_field() {
    check("each_result_lands_in_its_own_field", |scenario| {
        let comments_ms = scenario.duration_ms(100..=500);
        let posts_ms = scenario.duration_ms(comments_ms + 100..=1000);
        let user_ms = scenario.duration_ms(posts_ms + 100..=1500);
        [user_ms, posts_ms, comments_ms]
    });
}

/// Three different random durations in a random order, so the slowest load changes from run to
/// run: all three must start at 0 ms and the run must last as long as whichever is slowest.
#[test]
fn all_three_start_at_once() {
    check("all_three_start_at_once", |scenario| {
        let mut durations: Vec<u64> = (1..=15).map(|tenths| tenths * 100).collect();
        scenario.rng().shuffle(&mut durations);
        [durations[0], durations[1], durations[2]]
    });
}
