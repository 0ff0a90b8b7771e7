// The tests of exercise 16. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds. (As shipped, the file does not
// compile: these tests grade the fix.)

use std::collections::BTreeMap;

use crawler::crawl;
use timeline::{Outcome, Scenario, run};

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
}

/// Runs `crawl` on the downloads that `draw` makes, and checks the exercise's promises: every
/// url's result filed under it; every download started at 0 ms, once; a crawl as long as the
/// slowest download alone; nothing left running.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> Vec<Download>) {
    let mut scenario = Scenario::new(name);
    let downloads = draw(&mut scenario);
    for download in &downloads {
        let outcome = match &download.result {
            Ok(body) => Outcome::Value(body.clone()),
            Err(error) => Outcome::Error(error.clone()),
        };
        scenario.plan(download.label(), download.ms, outcome);
    }
    let expected: BTreeMap<String, Result<String, String>> = downloads
        .iter()
        .map(|download| (download.url.clone(), download.result.clone()))
        .collect();
    let slowest = downloads
        .iter()
        .max_by_key(|download| download.ms)
        .expect("a check plans at least one download");
    let labels: Vec<String> = downloads.iter().map(Download::label).collect();
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();

    let urls: Vec<String> = downloads.iter().map(|d| d.url.clone()).collect();
    // The map is compared as a std `BTreeMap`, whatever type the answer names it by.
    let run = run(&scenario, move || async move {
        crawl(urls).await.into_iter().collect::<BTreeMap<_, _>>()
    });
    run.check()
        .returns(
            &expected,
            "each url with its own page body, or the reason its download failed",
        )
        .start_together(&label_refs)
        .each_started_once(&labels)
        .takes_ms(
            slowest.ms,
            &format!(
                "the slowest download, {}, alone: the others run at the same time",
                slowest.label()
            ),
        )
        .nothing_left_running()
        .done();
}

/// A download of `url` that succeeds after `ms`.
fn loads(scenario: &mut Scenario, url: &str, ms: u64) -> Download {
    let body = format!("<html>{url} #{}</html>", scenario.token());
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

/// `count` downloads with distinct random durations (whole hundreds of ms, up to 1500) on random
/// hosts, in a random order; the ones whose place is in `failing` fail.
fn random_downloads(scenario: &mut Scenario, count: usize, failing: &[usize]) -> Vec<Download> {
    let paths = [
        "index.html",
        "about.html",
        "blog.html",
        "docs.html",
        "faq.html",
    ];
    let mut durations: Vec<u64> = (1..=15).map(|tenths| tenths * 100).collect();
    scenario.rng().shuffle(&mut durations);
    let mut hosts: Vec<char> = ('a'..='z').collect();
    scenario.rng().shuffle(&mut hosts);
    (0..count)
        .map(|place| {
            let path = paths[scenario.rng().usize(0..paths.len())];
            let url = format!("https://{}.example/{path}", hosts[place]);
            if failing.contains(&place) {
                fails(scenario, &url, durations[place])
            } else {
                loads(scenario, &url, durations[place])
            }
        })
        .collect()
}

/// The lesson: three pages of 300, 800 and 500 ms, downloaded at the same time, take 800 ms in
/// all, and the map holds all three.
#[test]
fn three_pages_download_at_the_same_time() {
    check("three_pages_download_at_the_same_time", |scenario| {
        vec![
            loads(scenario, "https://a.example/index.html", 300),
            loads(scenario, "https://b.example/about.html", 800),
            loads(scenario, "https://c.example/blog.html", 500),
        ]
    });
}

/// A failed download is filed under its url too, with its reason, and ends at its own time.
#[test]
fn a_failed_download_is_filed_with_its_reason() {
    check("a_failed_download_is_filed_with_its_reason", |scenario| {
        let failing = scenario.rng().usize(0..4);
        random_downloads(scenario, 4, &[failing])
    });
}

/// Between two and eight pages with random durations, any of them failing.
#[test]
fn random_crawls() {
    check("random_crawls", |scenario| {
        let count = scenario.rng().usize(2..=8);
        let failing: Vec<usize> = (0..count).filter(|_| scenario.rng().bool()).collect();
        random_downloads(scenario, count, &failing)
    });
}
