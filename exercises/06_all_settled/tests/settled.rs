// The tests of exercise 06. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use settled::fetch_with_fallbacks;
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

/// Plans `downloads` in `scenario`.
fn plan(scenario: &mut Scenario, downloads: &[Download]) {
    for download in downloads {
        let outcome = match &download.result {
            Ok(body) => Outcome::Value(body.clone()),
            Err(error) => Outcome::Error(error.clone()),
        };
        scenario.plan(download.label(), download.ms, outcome);
    }
}

/// The urls of `downloads`, in their order, as the function under test takes them.
fn urls(downloads: &[Download]) -> Vec<String> {
    downloads
        .iter()
        .map(|download| download.url.clone())
        .collect()
}

/// Runs `fetch_with_fallbacks` on the downloads that `draw` makes, and checks the exercise's
/// promises: every body and every error comes back with its url, in the order of the urls; each
/// url is requested once, all at 0 ms; nothing gives up early, so the run takes as long as the
/// slowest download; and no download is left running.
///
/// The two lists are taken out of the learner's `Report` and compared as plain vectors: the
/// learner's file defines that struct, so its `PartialEq` (and its `Debug`) are not the test's
/// to trust.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> Vec<Download>) {
    let mut scenario = Scenario::new(name);
    let downloads = draw(&mut scenario);
    plan(&mut scenario, &downloads);
    let mut loaded = Vec::new();
    let mut failed = Vec::new();
    for download in &downloads {
        let pair = |text: &String| (download.url.clone(), text.clone());
        match &download.result {
            Ok(body) => loaded.push(pair(body)),
            Err(error) => failed.push(pair(error)),
        }
    }
    let slowest = downloads
        .iter()
        .reduce(|slowest, download| {
            if download.ms > slowest.ms {
                download
            } else {
                slowest
            }
        })
        .expect("a check plans at least one download");
    let labels: Vec<String> = downloads.iter().map(Download::label).collect();
    let label_refs: Vec<&str> = labels.iter().map(String::as_str).collect();

    let urls = urls(&downloads);
    let run = run(&scenario, move || async move {
        let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
        let report = fetch_with_fallbacks(&urls).await;
        (report.loaded, report.failed)
    });
    run.check()
        .returns(
            &(loaded, failed),
            "the fields `loaded` and `failed`, in that order: every body in `loaded` and every \
             error in `failed`, each with its url, in the order the urls were given",
        )
        .each_started_once(&labels)
        .start_together(&label_refs)
        .takes_ms(
            slowest.ms,
            &format!("the slowest download, {}, alone", slowest.url),
        )
        .nothing_left_running()
        .done();
}

/// A download of `url` that succeeds with `body` after `ms`.
fn loads(url: &str, ms: u64, body: &str) -> Download {
    Download {
        url: url.to_owned(),
        ms,
        result: Ok(body.to_owned()),
    }
}

/// A download of `url` that fails with `error` after `ms`.
fn fails(url: &str, ms: u64, error: &str) -> Download {
    Download {
        url: url.to_owned(),
        ms,
        result: Err(error.to_owned()),
    }
}

/// The course's shape: five feeds, two of which fail, the first of them at 100 ms.
fn course_feeds(_: &mut Scenario) -> Vec<Download> {
    vec![
        loads("https://a.example/feed", 300, "12 posts from a.example"),
        fails("https://b.example/feed", 200, "HTTP 404"),
        loads("https://c.example/feed", 600, "3 posts from c.example"),
        fails("https://d.example/feed", 100, "timed out"),
        loads("https://e.example/feed", 400, "7 posts from e.example"),
    ]
}

/// `count` downloads of distinct urls with random durations; the ones whose index is in
/// `failing` fail with a random error, the others succeed with a random body.
///
/// The urls come in a shuffled order that is never alphabetical: given in alphabetical order,
/// results gathered as the downloads finish and then sorted by url would come back in the order
/// of the urls by chance.
fn random_downloads(scenario: &mut Scenario, count: usize, failing: &[usize]) -> Vec<Download> {
    let paths = ["feed", "news", "prices", "status"];
    let reasons = ["HTTP 404", "HTTP 503", "timed out", "connection reset"];
    let mut hosts: Vec<char> = (b'a'..=b'z').take(count).map(char::from).collect();
    scenario.rng().shuffle(&mut hosts);
    if hosts.is_sorted() {
        hosts.reverse();
    }
    hosts
        .into_iter()
        .enumerate()
        .map(|(index, host)| {
            let path = paths[scenario.rng().usize(0..paths.len())];
            let url = format!("https://{host}.example/{path}");
            let ms = scenario.duration_ms(100..=1500);
            let token = scenario.token();
            if failing.contains(&index) {
                let reason = reasons[scenario.rng().usize(0..reasons.len())];
                fails(&url, ms, &format!("{reason} (request {token})"))
            } else {
                loads(&url, ms, &format!("{path} of {host}.example #{token}"))
            }
        })
        .collect()
}

/// The course's numbers: three bodies and two errors, each with its url, after 600 ms, the time
/// of the slowest download, though one fails as early as 100 ms.
#[test]
fn keeps_the_bodies_and_the_errors() {
    check("keeps_the_bodies_and_the_errors", course_feeds);
}

/// A random number of downloads in a shuffled order, a random few of which fail, with random
/// durations, bodies and errors: every result is kept in the order of the urls, and the run
/// lasts as long as the slowest download.
#[test]
fn waits_for_every_download_whichever_fail() {
    check("waits_for_every_download_whichever_fail", |scenario| {
        let count = scenario.rng().usize(3..=7);
        let mut indices: Vec<usize> = (0..count).collect();
        scenario.rng().shuffle(&mut indices);
        // At least one fails and at least one succeeds.
        let failing = scenario.rng().usize(1..count);
        random_downloads(scenario, count, &indices[..failing])
    });
}

/// When every download works: all the bodies, in the order of the urls (which is not
/// alphabetical), and no errors.
#[test]
fn loads_everything_when_nothing_fails() {
    check("loads_everything_when_nothing_fails", |scenario| {
        random_downloads(scenario, 4, &[])
    });
}

/// When every download fails: every error with its url, in the order of the urls (which is not
/// alphabetical), and still only once all have ended.
#[test]
fn reports_every_failure_when_all_fail() {
    check("reports_every_failure_when_all_fail", |scenario| {
        random_downloads(scenario, 4, &[0, 1, 2, 3])
    });
}

/// The summary of the course's run counts both sides: three loaded, two failed.
#[test]
fn the_summary_counts_both() {
    let mut scenario = Scenario::new("the_summary_counts_both");
    let downloads = course_feeds(&mut scenario);
    plan(&mut scenario, &downloads);
    let urls = urls(&downloads);
    let run = run(&scenario, move || async move {
        let urls: Vec<&str> = urls.iter().map(String::as_str).collect();
        fetch_with_fallbacks(&urls).await.summary()
    });
    run.check()
        .returns(
            &"Loaded: 3, failed: 2".to_owned(),
            "three feeds loaded and two failed",
        )
        .done();
}
