// The tests of exercise 10. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// When a progress line was written is not something the learner's code reports: the harness
// sees it, because each line is written by the stand-in `log_progress`, whose call is recorded
// at the virtual instant it happens, like every other task.

use downloads::download_all;
use timeline::{Outcome, Scenario, run};

/// How long writing one progress line takes. Not zero, as a write to a disk or a socket is not:
/// a line written by a task nobody awaits is then still being written when `download_all`
/// returns, and the check sees it. Shorter than the 100 ms between two downloads' ends, so each
/// line is written before the next download ends.
const LOG_MS: u64 = 50;

/// One planned download: its url, how many milliseconds it takes, and its body or its error.
struct Download {
    url: String,
    ms: u64,
    result: Result<String, String>,
}

impl Download {
    /// The download's label in the trace: the call as written.
    fn label(&self) -> String {
        format!("fetch_url({})", self.url)
    }

    /// The label of this download's progress line, as `log_progress` names it.
    fn log_label(&self) -> String {
        let status = if self.result.is_ok() { "ok" } else { "failed" };
        format!("log_progress({}, {status})", self.url)
    }
}

/// Runs `download_all` on the downloads that `draw` makes (each with a duration of its own, so
/// that the order in which they end is never in doubt), and checks the exercise's promises: the
/// count of successes and failures; every download started at 0 ms, once; each progress line
/// written once, at the very moment its download ended; a run as long as the slowest download
/// and its line; nothing left running.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> Vec<Download>) {
    let mut scenario = Scenario::new(name);
    let downloads = draw(&mut scenario);
    for download in &downloads {
        let outcome = match &download.result {
            Ok(body) => Outcome::Value(body.clone()),
            Err(error) => Outcome::Error(error.clone()),
        };
        scenario.plan(download.label(), download.ms, outcome);
        scenario.plan(download.log_label(), LOG_MS, Outcome::Value(String::new()));
    }
    let succeeded = downloads.iter().filter(|d| d.result.is_ok()).count();
    let failed = downloads.len() - succeeded;
    let slowest = downloads
        .iter()
        .max_by_key(|download| download.ms)
        .expect("a check plans at least one download");
    let labels: Vec<String> = downloads.iter().map(Download::label).collect();
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();
    let mut every_call = labels.clone();
    every_call.extend(downloads.iter().map(Download::log_label));

    let urls: Vec<String> = downloads.iter().map(|d| d.url.clone()).collect();
    let run = run(&scenario, move || async move { download_all(&urls).await });
    let mut check = run
        .check()
        .returns(
            &(succeeded, failed),
            "how many downloads succeeded, then how many failed",
        )
        .start_together(&label_refs)
        .each_started_once(&every_call);
    for download in &downloads {
        let why = format!(
            "the moment {} ended, so that the log shows each download as it arrives",
            download.label()
        );
        check = check.starts_at(&download.log_label(), download.ms, &why);
    }
    check
        .takes_ms(
            slowest.ms + LOG_MS,
            &format!(
                "the slowest download, {}, then its progress line",
                slowest.label()
            ),
        )
        .nothing_left_running()
        .done();
}

/// A download of `url` that succeeds after `ms`.
fn loads(scenario: &mut Scenario, url: &str, ms: u64) -> Download {
    let body = format!("body of {url} #{}", scenario.token());
    Download {
        url: url.to_owned(),
        ms,
        result: Ok(body),
    }
}

/// A download of `url` that fails after `ms`.
fn fails(scenario: &mut Scenario, url: &str, ms: u64) -> Download {
    let reasons = ["HTTP 404", "HTTP 503", "timed out", "connection reset"];
    let reason = reasons[scenario.rng().usize(0..reasons.len())];
    Download {
        url: url.to_owned(),
        ms,
        result: Err(format!("{reason} (request {})", scenario.token())),
    }
}

/// `count` downloads with distinct random durations (whole hundreds of ms, up to 1500) in a
/// random order; the ones whose place is in `failing` fail.
fn random_downloads(scenario: &mut Scenario, count: usize, failing: &[usize]) -> Vec<Download> {
    let files = [
        "report.pdf",
        "photos.zip",
        "data.csv",
        "video.mp4",
        "slides.key",
        "music.flac",
    ];
    let mut durations: Vec<u64> = (1..=15).map(|tenths| tenths * 100).collect();
    scenario.rng().shuffle(&mut durations);
    let mut hosts: Vec<char> = ('a'..='z').collect();
    scenario.rng().shuffle(&mut hosts);
    (0..count)
        .map(|place| {
            let file = files[scenario.rng().usize(0..files.len())];
            let url = format!("https://{}.example/{file}", hosts[place]);
            if failing.contains(&place) {
                fails(scenario, &url, durations[place])
            } else {
                loads(scenario, &url, durations[place])
            }
        })
        .collect()
}

/// The course's three tasks of 200, 500 and 1000 ms as downloads, listed slowest first: the
/// lines appear at 200, 500 and 1000 ms, as each download ends, not all three at 1000 ms.
#[test]
fn logs_each_download_as_it_ends() {
    check("logs_each_download_as_it_ends", |scenario| {
        vec![
            loads(scenario, "https://a.example/long.zip", 1000),
            loads(scenario, "https://b.example/short.txt", 200),
            loads(scenario, "https://c.example/medium.pdf", 500),
        ]
    });
}

/// Random downloads, one of which fails: its line is written the moment it fails, like the
/// others', and it is counted among the failures.
#[test]
fn a_failed_download_is_logged_when_it_fails() {
    check("a_failed_download_is_logged_when_it_fails", |scenario| {
        let count = scenario.rng().usize(3..=5);
        let failing = scenario.rng().usize(0..count);
        random_downloads(scenario, count, &[failing])
    });
}

/// A random number of downloads in a random order, a random few of which fail: the lines come
/// in the order the downloads end, which changes from run to run.
#[test]
fn lines_follow_the_order_of_arrival() {
    check("lines_follow_the_order_of_arrival", |scenario| {
        let count = scenario.rng().usize(4..=6);
        let mut places: Vec<usize> = (0..count).collect();
        scenario.rng().shuffle(&mut places);
        let failing = scenario.rng().usize(0..count);
        random_downloads(scenario, count, &places[..failing])
    });
}
