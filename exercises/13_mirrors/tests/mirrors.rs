// The tests of exercise 13. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// No two mirrors ever end at the same instant: which of two downloads ready at once is seen first
// is up to polling order, and a test must not depend on it.

use mirrors::download;
use timeline::{Outcome, Scenario, run};

/// The mirrors a release may be served from; each check asks three of them.
const MIRRORS: [&str; 6] = [
    "fra.mirror",
    "nyc.mirror",
    "sgp.mirror",
    "syd.mirror",
    "gru.mirror",
    "jnb.mirror",
];

/// Why a mirror may fail to serve the archive.
const FAILURES: [&str; 4] = [
    "HTTP 503",
    "connection reset",
    "checksum mismatch",
    "HTTP 404",
];

/// How one mirror's download goes: how long it takes, and whether it serves the archive.
#[derive(Clone, Copy)]
struct Mirror {
    ms: u64,
    serves: bool,
}

/// A mirror that serves the archive after `ms`.
fn serves(ms: u64) -> Mirror {
    Mirror { ms, serves: true }
}

/// A mirror that fails after `ms`.
fn fails(ms: u64) -> Mirror {
    Mirror { ms, serves: false }
}

/// Three different durations, in increasing order.
fn three_durations(scenario: &mut Scenario) -> [u64; 3] {
    let mut pool: Vec<u64> = (1..=15).map(|hundreds| hundreds * 100).collect();
    scenario.rng().shuffle(&mut pool);
    let mut drawn = [pool[0], pool[1], pool[2]];
    drawn.sort_unstable();
    drawn
}

/// Runs `download` on three random mirrors, planned as `draw` draws them (in the order they are
/// passed), and checks the exercise's promises. When a mirror serves the archive: the archive of
/// the FASTEST one that serves it, at that moment, every mirror started at 0 ms and the slower
/// ones cancelled at that moment. When none does: every error, in the order of the mirrors, the
/// moment the last one fails. Archives and errors end in random tokens, so hard-coding them
/// fails.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> [Mirror; 3]) {
    let mut scenario = Scenario::new(name);
    let plan = draw(&mut scenario);
    let mut names = MIRRORS.to_vec();
    scenario.rng().shuffle(&mut names);
    let names = [names[0], names[1], names[2]];
    let labels = names.map(|mirror| format!("download_from({mirror})"));
    let mut archives = Vec::new();
    let mut errors = Vec::new();
    for ((mirror, label), planned) in names.iter().zip(&labels).zip(plan) {
        let outcome = if planned.serves {
            let archive = format!("release-2.4.tar.gz from {mirror} #{}", scenario.token());
            archives.push((planned.ms, *mirror, archive.clone()));
            Outcome::Value(archive)
        } else {
            let failure = FAILURES[scenario.rng().usize(0..FAILURES.len())];
            let error = format!("{failure} #{}", scenario.token());
            errors.push(error.clone());
            Outcome::Error(error)
        };
        scenario.plan(label.as_str(), planned.ms, outcome);
    }
    let durations = plan.map(|planned| planned.ms);
    assert!(
        durations[0] != durations[1]
            && durations[1] != durations[2]
            && durations[0] != durations[2],
        "a tie would be up to polling order"
    );
    let fastest_archive = archives.into_iter().min();

    let run = run(&scenario, move || async move { download(&names).await });
    let check =
        run.check()
            .start_together(&[labels[0].as_str(), labels[1].as_str(), labels[2].as_str()]);
    let check = match fastest_archive {
        Some((won_ms, winner, archive)) => {
            let why = format!("{winner} serves the archive at {won_ms} ms");
            let mut check = check
                .returns(
                    &Ok(archive),
                    &format!(
                        "the archive from {winner}, the first mirror to serve it, at {won_ms} ms"
                    ),
                )
                .takes_ms(
                    won_ms,
                    &format!("the first success, {winner}'s, and not a moment longer"),
                );
            for (label, ms) in labels.iter().zip(durations) {
                if ms > won_ms {
                    check = check.cancelled_at(label, won_ms, &why);
                }
            }
            check
        }
        None => check
            .returns(
                &Err(errors),
                "every mirror's error, in the order of the mirrors, as no mirror served the \
                 archive",
            )
            .takes_ms(
                durations.into_iter().max().unwrap_or_default(),
                "the slowest mirror's: only its failure makes the download a failure",
            ),
    };
    check.nothing_left_running().done();
}

/// The lesson: the first mirror fails at 100 ms, the second serves the archive at 300 ms, the
/// third would at 900 ms. The second wins at 300 ms, and the third is cancelled then.
#[test]
fn a_fast_failure_does_not_win_and_the_slower_mirror_is_cancelled() {
    check(
        "a_fast_failure_does_not_win_and_the_slower_mirror_is_cancelled",
        |_| [fails(100), serves(300), serves(900)],
    );
}

/// The first mirror serves the archive, but slowly; the second serves it sooner, and wins.
#[test]
fn a_slow_first_mirror_loses_to_a_faster_one() {
    check("a_slow_first_mirror_loses_to_a_faster_one", |scenario| {
        let [fast, middle, slow] = three_durations(scenario);
        [serves(slow), serves(middle), fails(fast)]
    });
}

/// Every mirror fails, the first one last: every error comes back, in the order of the mirrors,
/// when the last one fails.
#[test]
fn when_every_mirror_fails_every_error_comes_back() {
    check(
        "when_every_mirror_fails_every_error_comes_back",
        |scenario| {
            let [fast, middle, slow] = three_durations(scenario);
            let mut others = [fast, middle];
            scenario.rng().shuffle(&mut others);
            [fails(slow), fails(others[0]), fails(others[1])]
        },
    );
}

/// Random places: the fastest mirror fails, the next serves the archive, and the slowest may
/// do either; it is cancelled either way.
#[test]
fn the_first_success_wins_wherever_it_sits() {
    check("the_first_success_wins_wherever_it_sits", |scenario| {
        let [fast, middle, slow] = three_durations(scenario);
        let last = if scenario.rng().bool() {
            serves(slow)
        } else {
            fails(slow)
        };
        let mut plan = [fails(fast), serves(middle), last];
        scenario.rng().shuffle(&mut plan);
        plan
    });
}
