//! The live view: one check of an exercise run on the real clock, each task drawn as a bar that
//! grows while it runs, with an elapsed counter, so a learner sees 4 s against 2 s.
//!
//! The test binary runs as usual, with the harness's live mode switched on: it keeps real time
//! (scaled by the speed) and writes each event to a file as it happens; this module reads the
//! file as it grows and redraws.

use std::collections::BTreeMap;
use std::io::{self, IsTerminal as _, Write as _};
use std::path::Path;
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use anstream::println;
use crossterm::{cursor, execute, terminal};
use timeline::real_clock::{LIVE_VAR, LiveLine, SPEED_VAR};
use timeline::report::{self, REPORT_DIR_VAR};
use timeline::{Event, Trace};

use crate::commands::Context;
use crate::engine::compile::Target;
use crate::engine::compile::{self, Build};
use crate::engine::sandbox::{self, ProcessLimits};
use crate::error::{Error, Result};
use crate::views::Format;
use crate::views::fit::{self, Area};
use crate::views::style::{BOLD, DIM, course_command};

/// How often the screen is redrawn.
const FRAME: Duration = Duration::from_millis(50);

/// What has been read of the live file so far.
#[derive(Default)]
struct LiveFeed {
    planned_ms: BTreeMap<String, u64>,
    events: Vec<Event>,
    total_ms: Option<u64>,
    /// Bytes of the file already read.
    offset: usize,
}

impl LiveFeed {
    /// Reads the complete lines added to `path` since the last call.
    fn update(&mut self, path: &Path) {
        let Ok(bytes) = std::fs::read(path) else {
            return;
        };
        let Some(end) = bytes.iter().rposition(|byte| *byte == b'\n') else {
            return;
        };
        if end < self.offset {
            return;
        }
        for line in bytes[self.offset..=end].split(|byte| *byte == b'\n') {
            match serde_json::from_slice(line) {
                Ok(LiveLine::Plan { planned_ms }) => self.planned_ms = planned_ms,
                Ok(LiveLine::Event(event)) => self.events.push(event),
                Ok(LiveLine::End { total_ms }) => self.total_ms = Some(total_ms),
                Err(_) => {}
            }
        }
        self.offset = end + 1;
    }
}

/// Runs the first check of `exercise` live, at `speed`.
///
/// # Errors
/// When the exercise cannot be built or run.
pub fn live(context: &Context, name: Option<&str>, speed: f64) -> Result<ExitCode> {
    if context.format == Format::Json {
        return Err(Error::usage(
            "the live view draws for people; for JSON, run `run` with `--format json`",
        ));
    }
    let exercise = context.pick(name)?;
    let course = &context.course;
    let binary = match compile::build(course, &[exercise], &Target::InPlace)?.remove(&exercise.name)
    {
        Some(Build::Tests(binaries)) if !binaries.is_empty() => binaries[0].clone(),
        Some(Build::Failed(errors)) => {
            println!(
                "{} does not compile yet:\n\n{errors}",
                exercise.file().display()
            );
            return Ok(ExitCode::FAILURE);
        }
        _ => {
            return Err(Error::could_not_grade(format!(
                "{} has no tests to run",
                exercise.name
            )));
        }
    };
    let package_dir = course.root.join(&exercise.dir);
    let test = test_to_show(&binary, &package_dir, &exercise.info.diagram)?;
    let work = tempfile::tempdir().map_err(|error| {
        Error::could_not_grade(format!("could not make a work folder: {error}"))
    })?;
    let log = work.path().join("live.jsonl");

    let mut command = Command::new(&binary);
    command
        .current_dir(&package_dir)
        .args([test.as_str(), "--exact", "--quiet"])
        .env(LIVE_VAR, &log)
        .env(SPEED_VAR, speed.to_string())
        .env(REPORT_DIR_VAR, work.path())
        .env("CARGO_PKG_NAME", &exercise.name);
    if let Some(seed) = context.seed {
        command.env(timeline::SEED_VAR, seed.to_string());
    }
    // The harness's own deadline is a minute of course time; this is the backstop.
    let limits = ProcessLimits {
        time: Duration::from_secs_f64(60.0 / speed) + Duration::from_secs(10),
        output: 1 << 20,
    };
    let start = Instant::now();
    let runner = std::thread::spawn(move || sandbox::run(command, limits));

    let terminal = io::stdout().is_terminal();
    let mut feed = LiveFeed::default();
    let mut drawn_lines = 0;
    // The title, the closing lines and the shell's prompt stay on the screen with the frame.
    let area = || Area::of_stdout().less(5);
    println!(
        "{BOLD}Live: {} {}{BOLD:#}, check `{test}`, at {speed}x speed",
        exercise.number(),
        exercise.name
    );
    while !runner.is_finished() {
        feed.update(&log);
        if terminal {
            drawn_lines = redraw(&frame(&feed, start.elapsed(), speed, area()), drawn_lines);
        }
        std::thread::sleep(FRAME);
    }
    feed.update(&log);
    redraw(&frame(&feed, start.elapsed(), speed, area()), drawn_lines);

    let outcome = runner
        .join()
        .map_err(|_| Error::could_not_grade("the live run's thread failed"))?
        .map_err(|error| Error::could_not_grade(format!("could not run the tests: {error}")))?;
    let reports = report::read_dir(work.path()).unwrap_or_default();
    let Some(check) = reports.first() else {
        return Err(Error::could_not_grade(if outcome.timed_out() {
            "the live run was stopped at its time limit".to_owned()
        } else {
            format!(
                "the live run ended without a result:\n{}",
                outcome.stderr.text().trim()
            )
        }));
    };
    let expected = check
        .expected_ms
        .map_or_else(String::new, |ms| format!("; the check expects {ms} ms"));
    // A viewer, not a grade: the real clock adds a few milliseconds here and there, so only the
    // paused clock can say whether the timing is exactly right.
    println!(
        "\n{}",
        fit::wrap(
            &format!(
                "On the real clock this run took about {} ms of course time{expected}.\n{} gives \
                 the exact verdict, on the paused clock.",
                check.measured_ms,
                course_command(&format!("run {}", exercise.name))
            ),
            Area::of_stdout().width
        )
        .trim_end()
    );
    Ok(ExitCode::SUCCESS)
}

/// The test of `binary` to run live: the one whose timelines the book draws (`diagram`), a
/// small scenario that reads well as bars, or else the first.
fn test_to_show(binary: &Path, dir: &Path, diagram: &str) -> Result<String> {
    let listed = Command::new(binary)
        .current_dir(dir)
        .args(["--list", "--format", "terse"])
        .output()
        .map_err(|error| Error::could_not_grade(format!("could not list the tests: {error}")))?;
    let listed = String::from_utf8_lossy(&listed.stdout);
    let tests: Vec<&str> = listed
        .lines()
        .filter_map(|line| line.strip_suffix(": test"))
        .collect();
    tests
        .iter()
        .find(|test| **test == diagram)
        .or_else(|| tests.first())
        .map(|test| (*test).to_owned())
        .ok_or_else(|| Error::could_not_grade("the exercise has no tests to run"))
}

/// One frame, fitted to `area`: the elapsed counter and the bars so far. The axis starts as
/// long as the longest planned task (what a run that starts everything at once takes) and grows
/// with the run past it: on an axis as long as every task one after another, the bars of a
/// run of fifty tasks at once would be a character or two wide.
fn frame(feed: &LiveFeed, elapsed: Duration, speed: f64, area: Area) -> String {
    let now_ms = feed
        .total_ms
        .unwrap_or_else(|| u64::try_from(elapsed.mul_f64(speed).as_millis()).unwrap_or(u64::MAX));
    let longest = feed.planned_ms.values().copied().max().unwrap_or(0);
    let sequential: u64 = feed.planned_ms.values().sum();
    let trace = Trace::new(feed.events.clone(), now_ms);
    let mut out = fit::wrap(
        &format!(
            "elapsed {:>5.1} s of real time = {now_ms:>6} ms of course time {DIM}(one after \
             another would take {sequential} ms){DIM:#}",
            elapsed.as_secs_f64()
        ),
        area.width,
    );
    out.push('\n');
    let rows = area
        .height
        .map(|height| height.saturating_sub(fit::rows(&out, area.width)));
    out.push_str(&fit::timeline(&trace, longest, area.width, rows));
    out
}

/// Replaces the previous frame of `previous_lines` lines with `text` on a terminal, and returns
/// how many lines it drew.
fn redraw(text: &str, previous_lines: usize) -> usize {
    if let Ok(up) = u16::try_from(previous_lines)
        && up > 0
    {
        // Straight to the terminal: `anstream` would strip these codes under NO_COLOR.
        let _ = execute!(
            io::stdout(),
            cursor::MoveUp(up),
            terminal::Clear(terminal::ClearType::FromCursorDown)
        );
    }
    let mut out = anstream::stdout();
    let _ = write!(out, "{text}");
    let _ = out.flush();
    text.lines().count()
}
