// The tests of exercise 12. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// A request never ends at the very instant of its deadline: which of two things ready at once
// wins is up to polling order, and a test must not depend on it.

use std::time::Duration;

use deadline::forecast;
use timeline::{Outcome, Scenario, run};

/// The cities the widget may be asked about.
const CITIES: [&str; 6] = ["oslo", "lima", "kyoto", "nairobi", "quito", "perth"];

/// How long reading the local cache takes.
const CACHE_MS: u64 = 20;

/// Runs `forecast` on a random city with the deadline and the request's time that `draw` draws
/// (in milliseconds), and checks the exercise's promises. A request later than the deadline: the
/// cached forecast, read and served exactly at the deadline, and the request cancelled then. A
/// request on time: its fresh forecast, in its own time, and the cache never read. The forecasts
/// end in random tokens, so hard-coding them fails.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> (u64, u64)) {
    let mut scenario = Scenario::new(name);
    let (deadline_ms, fetch_ms) = draw(&mut scenario);
    assert_ne!(deadline_ms, fetch_ms, "a tie would be up to polling order");
    let city = CITIES[scenario.rng().usize(0..CITIES.len())];
    let fetch = format!("fetch_forecast({city})");
    let cache = format!("read_cached_forecast({city})");
    let fresh = format!("{city}: sunny, 21 C #{}", scenario.token());
    let cached = format!("{city}: cloudy, 18 C, from the cache #{}", scenario.token());
    scenario.plan(fetch.as_str(), fetch_ms, Outcome::Value(fresh.clone()));
    // The cache is local and quick, but not instant: a request kept alive through the read is
    // then cancelled visibly later than the deadline.
    scenario.plan(cache.as_str(), CACHE_MS, Outcome::Value(cached.clone()));

    let run = run(&scenario, move || async move {
        forecast(city, Duration::from_millis(deadline_ms)).await
    });
    let check = run.check();
    let check = if fetch_ms > deadline_ms {
        check
            .returns(
                &cached,
                &format!(
                    "the cached forecast, as the weather service missed the {deadline_ms} ms \
                     deadline"
                ),
            )
            .takes_ms(
                deadline_ms + CACHE_MS,
                "the deadline, then the cache read, started the moment the deadline passes",
            )
            .starts_at(
                &cache,
                deadline_ms,
                "the moment the deadline passes: not before, while the fresh forecast may \
                 still arrive, and not later",
            )
            .cancelled_at(
                fetch.as_str(),
                deadline_ms,
                &format!(
                    "the deadline had passed at {deadline_ms} ms and the cached forecast was \
                     served instead"
                ),
            )
            .each_started_once(&[fetch.as_str(), cache.as_str()])
    } else {
        check
            .returns(
                &fresh,
                "the fresh forecast, as it arrived before the deadline",
            )
            .takes_ms(
                fetch_ms,
                "the request's own time: a fast answer wins outright",
            )
            .never_called(
                &[cache.as_str()],
                &format!(
                    "the fresh forecast arrived at {fetch_ms} ms, before the {deadline_ms} ms \
                     deadline"
                ),
            )
            .each_started_once(&[fetch.as_str()])
            .nothing_left_running()
    };
    check.done();
}

/// The lesson: a deadline of 500 ms, and a weather service that takes 1200 ms today. The page
/// shows the cached forecast at 500 ms, and the request is cancelled then.
#[test]
fn a_late_forecast_gives_way_to_the_cache_at_the_deadline() {
    check(
        "a_late_forecast_gives_way_to_the_cache_at_the_deadline",
        |_| (500, 1200),
    );
}

/// The same deadline, and a weather service on time: its forecast comes back in its own time,
/// and the cache is not read.
#[test]
fn a_fast_forecast_wins_outright() {
    check("a_fast_forecast_wins_outright", |scenario| {
        (500, scenario.duration_ms(100..=400))
    });
}

/// Random deadlines, each missed by a random margin.
#[test]
fn late_forecasts_at_random_deadlines() {
    check("late_forecasts_at_random_deadlines", |scenario| {
        let deadline_ms = scenario.duration_ms(200..=1500);
        (deadline_ms, scenario.duration_ms(deadline_ms + 100..=3000))
    });
}

/// Random deadlines, each met by a random margin.
#[test]
fn fast_forecasts_at_random_deadlines() {
    check("fast_forecasts_at_random_deadlines", |scenario| {
        let deadline_ms = scenario.duration_ms(200..=1500);
        (deadline_ms, scenario.duration_ms(100..=deadline_ms - 100))
    });
}
