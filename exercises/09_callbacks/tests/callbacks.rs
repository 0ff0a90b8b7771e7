// The tests of exercise 09. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use callbacks::{from_callback, read_both};
use stand_ins::read_file_never_calls_back;
use timeline::{Outcome, Scenario, run};

/// One planned read: the file's path, how many milliseconds it takes, and its text or its error.
struct Read {
    path: String,
    ms: u64,
    result: Result<String, String>,
}

impl Read {
    /// The read's label in the trace: the call as written.
    fn label(&self) -> String {
        format!("read_file({})", self.path)
    }

    /// Plans this read in `scenario`.
    fn plan(&self, scenario: &mut Scenario) {
        let outcome = match &self.result {
            Ok(text) => Outcome::Value(text.clone()),
            Err(error) => Outcome::Error(error.clone()),
        };
        scenario.plan(self.label(), self.ms, outcome);
    }
}

/// A read of `path` that succeeds after `ms` with a random text, unique to this run.
fn reads(scenario: &mut Scenario, path: &str, ms: u64) -> Read {
    let text = format!("contents of {path} #{}", scenario.token());
    Read {
        path: path.to_owned(),
        ms,
        result: Ok(text),
    }
}

/// A read of `path` that fails after `ms` with Node's error for a missing file.
fn fails(scenario: &mut Scenario, path: &str, ms: u64) -> Read {
    let error = format!(
        "ENOENT: no such file or directory, open '{path}' (request {})",
        scenario.token()
    );
    Read {
        path: path.to_owned(),
        ms,
        result: Err(error),
    }
}

/// Runs `read_both` on the two reads that `draw` makes, and checks the exercise's promises: each
/// outcome comes back as the callback got it, an error as an `Err`, in the order of the paths;
/// both reads start at 0 ms, once each; the run lasts as long as the slower read; and nothing is
/// left running.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> [Read; 2]) {
    let mut scenario = Scenario::new(name);
    let [first, second] = draw(&mut scenario);
    first.plan(&mut scenario);
    second.plan(&mut scenario);
    let labels = [first.label(), second.label()];
    let label_refs = [labels[0].as_str(), labels[1].as_str()];
    let slower = if first.ms >= second.ms {
        &first
    } else {
        &second
    };
    let why = if first.ms == second.ms {
        "the time of one read, as both run at once".to_owned()
    } else {
        format!("the slower read, {}, alone", slower.label())
    };
    let slower_ms = slower.ms;

    let paths = (first.path.clone(), second.path.clone());
    let run = run(&scenario, move || async move {
        read_both(&paths.0, &paths.1).await
    });
    run.check()
        .returns(
            &(first.result, second.result),
            "the first file's text (or its error, as an `Err`), then the second's, each exactly \
             as the callback received it",
        )
        .start_together(&label_refs)
        .each_started_once(&labels)
        .takes_ms(slower_ms, &why)
        .nothing_left_running()
        .done();
}

/// Two file names from the course's small web app, in a random order.
fn two_paths(scenario: &mut Scenario) -> [&'static str; 2] {
    let mut paths = vec![
        "config.toml",
        "template.html",
        "users.json",
        "styles.css",
        "README.md",
    ];
    scenario.rng().shuffle(&mut paths);
    [paths[0], paths[1]]
}

/// The course's numbers: reads of 1000 and 500 ms, wrapped into futures and run together, take
/// 1000 ms, not 1500 ms, and give back both texts in the order asked.
#[test]
fn reads_both_files_at_once() {
    check("reads_both_files_at_once", |scenario| {
        [
            reads(scenario, "config.toml", 1000),
            reads(scenario, "template.html", 500),
        ]
    });
}

/// Random files and durations: both reads start at 0 ms, whichever is slower, and each text
/// lands in its own place.
#[test]
fn both_reads_start_at_once() {
    check("both_reads_start_at_once", |scenario| {
        let [first, second] = two_paths(scenario);
        let first_ms = scenario.duration_ms(100..=1500);
        let second_ms = scenario.duration_ms(100..=1500);
        [
            reads(scenario, first, first_ms),
            reads(scenario, second, second_ms),
        ]
    });
}

/// One of the two reads fails, at random, before or after the other ends: its error comes back
/// as an `Err` with the callback's message, the other file's text as an `Ok`, and the run still
/// lasts as long as the slower read.
#[test]
fn an_error_becomes_an_err() {
    check("an_error_becomes_an_err", |scenario| {
        let [first, second] = two_paths(scenario);
        let first_ms = scenario.duration_ms(100..=1500);
        let second_ms = scenario.duration_ms(100..=1500);
        if scenario.rng().bool() {
            [
                fails(scenario, first, first_ms),
                reads(scenario, second, second_ms),
            ]
        } else {
            [
                reads(scenario, first, first_ms),
                fails(scenario, second, second_ms),
            ]
        }
    });
}

/// A callback API that drops its callback without calling it: `from_callback` returns an `Err`
/// (with any message) at the moment the callback is dropped, rather than panicking or waiting
/// forever.
#[test]
fn a_callback_never_called_is_an_err() {
    let mut scenario = Scenario::new("a_callback_never_called_is_an_err");
    let [path, _] = two_paths(&mut scenario);
    let ms = scenario.duration_ms(100..=1500);
    let text = format!("contents of {path} #{}", scenario.token());
    let label = format!("read_file_never_calls_back({path})");
    scenario.plan(label.clone(), ms, Outcome::Value(text));

    let run = run(&scenario, move || async move {
        let result = from_callback(|callback| read_file_never_calls_back(path, callback)).await;
        // Any message will do: only that it is an `Err` is checked.
        result.map_err(|_message| "an error".to_owned())
    });
    run.check()
        .returns(
            &Err("an error".to_owned()),
            "an `Err` (with any message) saying that the callback was never called",
        )
        .each_started_once(&[label.as_str()])
        .takes_ms(
            ms,
            &format!("the moment {label} dropped the callback without calling it"),
        )
        .nothing_left_running()
        .done();
}
