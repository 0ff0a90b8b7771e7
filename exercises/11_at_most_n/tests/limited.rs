// The tests of exercise 11. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// What "at most n at once, the next the moment one ends" means, exactly: the requests start in
// the order of the ids, each one the moment a slot is free. That fixes the start of every
// request (the schedule below), and a run that keeps to it has exactly `limit` requests in flight
// whenever enough ids are waiting: more would break the limit, fewer would leave a slot idle.
// So the test asserts each request's start; its message names the first request that left the
// schedule and, from the learner's own trace, the peak or the idle slots that made it leave.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use limited::fetch_users;
use timeline::{Ending, Outcome, Scenario, Span, Trace, run};

/// The label of the request for `id`, as the trace names it.
fn request(id: u32) -> String {
    format!("fetch_user_by_id({id})")
}

/// Runs `fetch_users` with the limit and on the ids that `draw` draws, each request planned to take
/// the duration drawn with it, and checks the exercise's promises: the users in id order, each
/// request sent once and started exactly on the schedule, and the run exactly as long as the
/// schedule. Each user's name ends in a random token, so hard-coding them fails.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> (usize, Vec<(u32, u64)>)) {
    let mut scenario = Scenario::new(name);
    let (limit, requests) = draw(&mut scenario);
    let mut expected = Vec::with_capacity(requests.len());
    for &(id, ms) in &requests {
        let user = format!("user {id} #{}", scenario.token());
        scenario.plan(request(id), ms, Outcome::Value(user.clone()));
        expected.push(user);
    }
    let ids: Vec<u32> = requests.iter().map(|&(id, _)| id).collect();
    let labels: Vec<String> = ids.iter().map(|&id| request(id)).collect();
    let durations: Vec<u64> = requests.iter().map(|&(_, ms)| ms).collect();
    let starts = schedule(&durations, limit);
    let total_ms = starts
        .iter()
        .zip(&durations)
        .map(|(start, ms)| start + ms)
        .max()
        .unwrap_or(0);

    let run = run(
        &scenario,
        move || async move { fetch_users(&ids, limit).await },
    );
    let what = match &run.ending {
        Ending::Returned(users) if is_reordering(users, &expected) => {
            "the same users, but in the order of the ids; yours are in another order, such as \
             the order in which the requests finished"
        }
        _ if expected.is_empty() => "no users, as there are no ids",
        _ => "one user per id, in the order of the ids",
    };
    let mut check = run
        .check()
        .returns(&expected, what)
        .each_started_once(&labels);
    if let Some((label, start_ms, why)) = first_off_schedule(&run.trace, &labels, &starts, limit) {
        check = check.starts_at(label, start_ms, &why);
    }
    let why = match requests.len() {
        0 => "as there is nothing to fetch".to_owned(),
        count if count <= limit => {
            format!("the slowest request, as all {count} fit in the {limit} slots at once")
        }
        count => {
            format!("{count} requests through {limit} slots, each starting the moment a slot frees")
        }
    };
    check.takes_ms(total_ms, &why).done();
}

/// When each request starts if they start in list order, each the moment one of `limit` slots
/// is free: what `async.mapLimit` does, and what every correct answer does.
fn schedule(durations: &[u64], limit: usize) -> Vec<u64> {
    // The times at which each slot is free, earliest first.
    let mut free: BinaryHeap<Reverse<u64>> = (0..limit).map(|_| Reverse(0)).collect();
    durations
        .iter()
        .map(|&ms| {
            let Reverse(start) = free.pop().expect("a limit of at least one slot");
            free.push(Reverse(start + ms));
            start
        })
        .collect()
}

/// The request that left the schedule first in the learner's run, when one did: its label, the
/// start the schedule gives it, and why, in words drawn from the learner's own trace (how many
/// were in flight, which request's end freed a slot, and when the slots sat idle).
fn first_off_schedule<'l>(
    trace: &Trace,
    labels: &'l [String],
    starts: &[u64],
    limit: usize,
) -> Option<(&'l str, u64, String)> {
    let spans: Vec<Span> = labels
        .iter()
        .filter_map(|label| trace.span(label))
        .collect();
    let (label, expected_ms, actual_ms) = labels
        .iter()
        .zip(starts)
        .filter_map(|(label, &expected)| {
            let span = trace.span(label)?;
            (span.start_ms != expected).then_some((label.as_str(), expected, span.start_ms))
        })
        // The moment the run first differs from the schedule: a request started too early, or
        // the moment a request should have started but did not.
        .min_by_key(|&(_, expected, actual)| expected.min(actual))?;
    let why = if actual_ms < expected_ms {
        let busy = in_flight_at(&spans, actual_ms);
        if busy > limit {
            format!(
                "once one of the {limit} slots is free: at {actual_ms} ms your code had {busy} \
                 requests in flight, and at most {limit} may be"
            )
        } else {
            "when its turn comes: the requests start in the order of the ids, each the moment a \
             slot frees"
                .to_owned()
        }
    } else {
        let freed = spans
            .iter()
            .find(|span| span.end_ms == expected_ms && span.start_ms < expected_ms)
            .map_or_else(
                || format!("as one of the {limit} slots was free from the start"),
                |span| format!("the moment {} ended and freed a slot", span.task),
            );
        let gaps = idle_slots(&spans, labels.len(), limit);
        if gaps.is_empty() {
            format!("{freed}; the requests start in the order of the ids")
        } else {
            format!(
                "{freed}. Your run left slots idle while ids waited: {}",
                gaps.join(", ")
            )
        }
    };
    Some((label, expected_ms, why))
}

/// How many of `spans` were running just after the instant `ms`: a request that ends at `ms`
/// no longer counts, one that starts at `ms` does.
fn in_flight_at(spans: &[Span], ms: u64) -> usize {
    spans
        .iter()
        .filter(|span| span.start_ms <= ms && ms < span.end_ms)
        .count()
}

/// The stretches of the run during which fewer than `limit` requests were in flight while some
/// of the `count` ids had not started yet, in words ("from 100 to 300 ms only 1 of the 2 slots
/// was busy"), the first three and how many more.
fn idle_slots(spans: &[Span], count: usize, limit: usize) -> Vec<String> {
    let mut instants: Vec<u64> = spans
        .iter()
        .flat_map(|span| [span.start_ms, span.end_ms])
        .collect();
    instants.sort_unstable();
    instants.dedup();
    // (from, to, busy) for each stretch between two instants, merged when the count holds.
    let mut stretches: Vec<(u64, u64, usize)> = Vec::new();
    for pair in instants.windows(2) {
        let (from, to) = (pair[0], pair[1]);
        let busy = in_flight_at(spans, from);
        let started = spans.iter().filter(|span| span.start_ms <= from).count();
        if busy >= limit || started == count {
            continue;
        }
        match stretches.last_mut() {
            Some(last) if last.1 == from && last.2 == busy => last.1 = to,
            _ => stretches.push((from, to, busy)),
        }
    }
    let mut words: Vec<String> = stretches
        .iter()
        .take(3)
        .map(|&(from, to, busy)| {
            let verb = if busy == 1 { "was" } else { "were" };
            format!("from {from} to {to} ms only {busy} of the {limit} slots {verb} busy")
        })
        .collect();
    if stretches.len() > 3 {
        words.push(format!("and {} more such stretches", stretches.len() - 3));
    }
    words
}

/// Whether `users` holds exactly the `expected` users, but in another order.
fn is_reordering(users: &[String], expected: &[String]) -> bool {
    let mut sorted = users.to_vec();
    let mut sorted_expected = expected.to_vec();
    sorted.sort();
    sorted_expected.sort();
    users != expected && sorted == sorted_expected
}

/// `count` different ids in a random order, drawn from a wide range, so that code that ignores
/// `ids` fails.
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

/// Each of `ids` with a random duration of 100 to 1500 ms.
fn with_random_durations(scenario: &mut Scenario, ids: Vec<u32>) -> Vec<(u32, u64)> {
    ids.into_iter()
        .map(|id| (id, scenario.duration_ms(100..=1500)))
        .collect()
}

/// The lesson in four requests: 300, 100, 100 and 100 ms, two at a time. The slow first request
/// keeps one slot; the other slot serves the three short ones one after another, so the third
/// request starts at 100 ms, the fourth at 200 ms, and the whole list takes 300 ms. Batches of
/// two take 400 ms, and so does `buffered(2)`.
#[test]
fn two_slots_the_next_starts_as_one_ends() {
    check("two_slots_the_next_starts_as_one_ends", |scenario| {
        let ids = random_ids(scenario, 4);
        (2, ids.into_iter().zip([300, 100, 100, 100]).collect())
    });
}

/// Fifty random ids with random durations, five at a time: exactly five in flight until the last
/// ids, each request starting the moment one ends, and the users in id order.
#[test]
fn fifty_ids_five_at_a_time() {
    check("fifty_ids_five_at_a_time", |scenario| {
        let ids = random_ids(scenario, 50);
        (5, with_random_durations(scenario, ids))
    });
}

/// A few ids and a random limit, the first request the slowest of all, so that the requests do
/// not finish in the order of the ids: the users still come back in id order.
#[test]
fn users_come_back_in_id_order() {
    check("users_come_back_in_id_order", |scenario| {
        let limit = scenario.rng().usize(2..=4);
        let count = scenario.rng().usize(6..=9);
        let ids = random_ids(scenario, count);
        let mut requests: Vec<(u32, u64)> = ids
            .into_iter()
            .map(|id| (id, scenario.duration_ms(100..=900)))
            .collect();
        requests[0].1 = 1000;
        (limit, requests)
    });
}

/// Fewer ids than slots: the limit holds nothing back, and every request starts at 0 ms.
#[test]
fn fewer_ids_than_slots_all_start_at_once() {
    check("fewer_ids_than_slots_all_start_at_once", |scenario| {
        let count = scenario.rng().usize(1..=4);
        let ids = random_ids(scenario, count);
        (5, with_random_durations(scenario, ids))
    });
}

/// No ids: an empty list, at once, without a single request.
#[test]
fn no_ids_take_no_time() {
    check("no_ids_take_no_time", |_| (5, Vec::new()));
}
