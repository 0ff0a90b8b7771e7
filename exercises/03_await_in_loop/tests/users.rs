// The tests of exercise 03. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use timeline::{Ending, Outcome, Scenario, run};
use users::fetch_users;

/// The label of the request for `id`, as the trace names it.
fn request(id: u32) -> String {
    format!("fetch_user_by_id({id})")
}

/// Runs `fetch_users` on the ids that `requests` draws, each request planned to take the duration
/// drawn with it, and checks the exercise's promises: the users in id order, every request started
/// at 0 ms and sent once, and a run exactly as long as the slowest request. Each user's name ends
/// in a random token, so hard-coding them fails.
fn check(name: &str, requests: impl FnOnce(&mut Scenario) -> Vec<(u32, u64)>) {
    let mut scenario = Scenario::new(name);
    let requests = requests(&mut scenario);
    let mut expected = Vec::with_capacity(requests.len());
    for &(id, ms) in &requests {
        let user = format!("user {id} #{}", scenario.token());
        scenario.plan(request(id), ms, Outcome::Value(user.clone()));
        expected.push(user);
    }
    let ids: Vec<u32> = requests.iter().map(|&(id, _)| id).collect();
    let labels: Vec<String> = ids.iter().map(|&id| request(id)).collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let (slowest_ms, why) = slowest(&requests);
    let run = run(&scenario, move || async move { fetch_users(&ids).await });
    let what = match &run.ending {
        Ending::Returned(users) if is_reordering(users, &expected) => {
            "the same users, but in the order of the ids; yours are in another order, such as \
             the order in which the requests finished"
        }
        _ if expected.is_empty() => "no users, as there are no ids",
        _ => "one user per id, in the order of the ids",
    };
    run.check()
        .returns(&expected, what)
        .start_together(&labels)
        .each_started_once(&labels)
        .takes_ms(slowest_ms, &why)
        .done();
}

/// Whether `users` holds exactly the `expected` users, but in another order.
fn is_reordering(users: &[String], expected: &[String]) -> bool {
    let mut sorted = users.to_vec();
    let mut sorted_expected = expected.to_vec();
    sorted.sort();
    sorted_expected.sort();
    users != expected && sorted == sorted_expected
}

/// The time the whole list needs with these requests, and why, in words.
fn slowest(requests: &[(u32, u64)]) -> (u64, String) {
    let slowest_ms = requests.iter().map(|&(_, ms)| ms).max().unwrap_or(0);
    let slowest: Vec<u32> = requests
        .iter()
        .filter(|&&(_, ms)| ms == slowest_ms)
        .map(|&(id, _)| id)
        .collect();
    let count = requests.len();
    let why = match slowest[..] {
        [] => "as there is nothing to fetch".to_owned(),
        [id] => format!("the time of the slowest request, {}, alone", request(id)),
        _ if slowest.len() == count => {
            format!("the time of one request, as all {count} run at once")
        }
        _ => format!("the time of the slowest requests, as all {count} run at once"),
    };
    (slowest_ms, why)
}

/// `count` different ids in a random order, drawn from a wide range: not `1..=count`, so code
/// that ignores `ids` fails.
fn random_ids(scenario: &mut Scenario, count: usize) -> Vec<u32> {
    let mut ids = Vec::with_capacity(count);
    while ids.len() < count {
        let id = scenario.rng().u32(1..1000);
        if !ids.contains(&id) {
            ids.push(id);
        }
    }
    ids
}

/// The course's shape: three ids of 100 ms each take 100 ms together, not 300 ms.
#[test]
fn three_ids_take_the_time_of_one() {
    check("three_ids_take_the_time_of_one", |_| {
        vec![(1, 100), (2, 100), (3, 100)]
    });
}

/// A few random ids with different random durations, shuffled so that the requests do not finish
/// in the order they were asked for: the users still come back in id order.
#[test]
fn users_come_back_in_id_order() {
    check("users_come_back_in_id_order", |scenario| {
        let count = scenario.rng().usize(3..=5);
        let ids = random_ids(scenario, count);
        let mut durations: Vec<u64> = (1..=15).map(|tenths| tenths * 100).collect();
        scenario.rng().shuffle(&mut durations);
        durations.truncate(count);
        if durations.is_sorted() {
            // In this order they would finish in id order: turn it round.
            durations.reverse();
        }
        ids.into_iter().zip(durations).collect()
    });
}

/// Fifty random ids with random durations: every request starts at 0 ms, the list takes as long
/// as the slowest request, and the order holds at this size too.
#[test]
fn fifty_ids_take_the_time_of_the_slowest() {
    check("fifty_ids_take_the_time_of_the_slowest", |scenario| {
        random_ids(scenario, 50)
            .into_iter()
            .map(|id| (id, scenario.duration_ms(100..=1500)))
            .collect()
    });
}

/// No ids: an empty list, at once, without a single request.
#[test]
fn no_ids_take_no_time() {
    check("no_ids_take_no_time", |_| Vec::new());
}
