//! The checker's commands, run as a learner runs them: the real binary on a copy of the course,
//! its output read as text or as JSON.

mod common;

use checker::engine::course::STATE_DIR;
use checker::engine::verdict::Status;
use checker::views::json::{GradeDocument, SCHEMA};
use common::CourseCopy;
use timeline::FailureKind;

/// `text` with the number of exercises replaced by `[N]` and the progress table cut to its first
/// row, so that adding an exercise to the course changes no snapshot.
fn any_course_size(text: &str, copy: &CourseCopy) -> String {
    let total = copy.course().exercises.len();
    text.replace(&format!(" of {total} exercises"), " of [N] exercises")
        .lines()
        .filter(|line| {
            let row = line.len() > 5
                && line.starts_with("  ")
                && line[2..4].bytes().all(|b| b.is_ascii_digit());
            !row || line.starts_with("  01 ")
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

#[test]
fn commands_as_a_learner_uses_them() {
    let copy = CourseCopy::new();
    // A learner's hint count from an earlier run of this test would change what `hint` shows.
    let _ = std::fs::remove_dir_all(copy.course().root.join(STATE_DIR));

    // `list --format json`: the versioned document, every exercise not yet solved, each check
    // with its trace.
    let (status, stdout, _) = copy.checker(&["list", "--format", "json", "--seed", "7"], "");
    assert_eq!(status, 1, "some exercises are not solved: exit status 1");
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../schema/grade.schema.json"))
            .expect("the schema is JSON");
    let value: serde_json::Value = serde_json::from_str(&stdout).expect("the output is JSON");
    let validator = jsonschema::validator_for(&schema).expect("the schema is a JSON Schema");
    let errors: Vec<String> = validator
        .iter_errors(&value)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect();
    assert!(
        errors.is_empty(),
        "the output breaks its schema:\n{}",
        errors.join("\n")
    );
    let document: GradeDocument = serde_json::from_value(value).expect("the output is the JSON");
    assert_eq!(document.schema, SCHEMA);
    assert_eq!(document.seed, Some(7));
    assert_eq!(document.total, copy.course().exercises.len());
    assert_eq!(document.solved, 0);
    for exercise in &document.exercises {
        let info = &copy
            .course()
            .exercise(&exercise.name)
            .expect("every exercise listed is one of the course's")
            .info;
        // A lesson that ships not compiling has no check to run: its build is the lesson.
        if info.does_not_compile.is_some() {
            assert_eq!(exercise.status, Status::DoesNotCompile, "{}", exercise.name);
            assert_eq!(exercise.checks_total, 0, "{}", exercise.name);
            continue;
        }
        // A lesson about blocking the runtime's thread ships blocking it (exercise 15's CPU
        // work): the verdict names that first.
        let expected = if info.fails_with.contains(&FailureKind::BlockedThread) {
            Status::BlockedThread
        } else {
            Status::NotYet
        };
        assert_eq!(exercise.status, expected, "{}", exercise.name);
        assert!(exercise.checks_total > 0 && exercise.checks_passed < exercise.checks_total);
        // Every failed check shows what ran when (a passing one may have nothing to run).
        assert!(
            exercise
                .checks
                .iter()
                .filter(|check| !check.passed)
                .all(|check| !check.trace.events.is_empty())
        );
    }
    let names: Vec<_> = document.exercises.iter().map(|e| e.name.as_str()).collect();
    let in_order: Vec<_> = copy
        .course()
        .exercises
        .iter()
        .map(|e| e.name.as_str())
        .collect();
    assert_eq!(names, in_order, "the exercises come in course order");

    // The progress table and the focus on the first exercise, as a learner first sees them.
    let (status, progress, _) = copy.checker(&["--seed", "7"], "");
    assert_eq!(status, 1);
    insta::assert_snapshot!("progress_as_shipped", any_course_size(&progress, &copy));

    // `hint`: the focus above showed hint 1, which counts as seen; each `hint` shows one more,
    // remembered between runs.
    let (_, first, _) = copy.checker(&["hint", "together"], "");
    let (_, second, _) = copy.checker(&["hint", "together"], "");
    assert!(
        first.contains("Hint 2 of 3") && !first.contains("Hint 1 of 3"),
        "{first}"
    );
    assert!(
        second.contains("Hint 3 of 3") && !second.contains("Hint 2 of 3"),
        "{second}"
    );
    insta::assert_snapshot!("second_hint", second);
    let (_, all, _) = copy.checker(&["hint", "together", "--all"], "");
    assert!(
        all.contains("Hint 1 of 3") && all.contains("Hint 3 of 3") && all.contains("last hint"),
        "{all}"
    );
    // After `--all`, asking again shows the last hint again, not all three as if new. An
    // exercise is named by its package, its folder or its number.
    let (_, again, _) = copy.checker(&["hint", "01_together"], "");
    assert!(
        again.contains("Hint 3 of 3") && !again.contains("Hint 1 of 3"),
        "{again}"
    );
    for (shown, name) in ["3", "03", "03_await_in_loop"].into_iter().enumerate() {
        let (status, users, stderr) = copy.checker(&["hint", name], "");
        assert_eq!(status, 0, "{stderr}");
        let expected = format!("Hint {} of 3 for users", shown + 1);
        assert!(users.contains(&expected), "{name}: {users}");
    }
    // `hint` and `reset` print no JSON, so they refuse to pretend they do.
    for command in [&["hint", "together"][..], &["reset", "together", "--yes"]] {
        let mut args = command.to_vec();
        args.extend(["--format", "json"]);
        let (status, _, stderr) = copy.checker(&args, "");
        assert_eq!(status, 2, "{args:?}: {stderr}");
    }
    // Without `--seed`, the run's one seed is at the top, and every check used it.
    let (_, stdout, _) = copy.checker(&["run", "01_together", "--format", "json"], "");
    let document: GradeDocument = serde_json::from_str(&stdout).expect("the output is the JSON");
    assert_eq!(document.exercises[0].name, "together");
    let seed = document.seed.expect("the run's seed is filled in");
    assert!(
        document.exercises[0]
            .checks
            .iter()
            .all(|check| check.seed == seed)
    );
    // `list` says that its times change from run to run.
    let (_, list, _) = copy.checker(&["list", "--seed", "7"], "");
    assert!(list.contains("The scenarios are random"), "{list}");

    // `run`: the learner's timeline, the reference's on the same scenario, and the steps.
    let (status, run, _) = copy.checker(&["run", "together", "--seed", "7"], "");
    assert_eq!(status, 1);
    insta::assert_snapshot!("run_together_as_shipped", run);

    // `run --svg`: the same run, its failed check's timeline also written as a picture.
    let pictures = tempfile::tempdir().expect("a temporary folder");
    let picture = pictures.path().join("run.svg");
    let picture_arg = picture.to_str().expect("a UTF-8 path");
    let (status, with_picture, stderr) = copy.checker(
        &["run", "together", "--seed", "7", "--svg", picture_arg],
        "",
    );
    assert_eq!(status, 1);
    assert_eq!(with_picture, run, "the terminal shows the same");
    assert!(
        stderr.contains("Wrote the timeline of check `takes_as_long_as_the_slower_task`"),
        "{stderr}"
    );
    let svg = std::fs::read_to_string(&picture).expect("the picture is written");
    assert!(svg.starts_with("<svg "), "{svg}");
    let (one, two) = (
        svg.find(">task_one</text>").expect("a row for task_one"),
        svg.find(">task_two</text>").expect("a row for task_two"),
    );
    assert!(one < two, "rows in call order");
    assert!(
        svg.contains("at most 1 of 2 at once"),
        "the shipped file's run: {svg}"
    );
    let nowhere = pictures.path().join("no/such/folder/run.svg");
    let (status, _, stderr) = copy.checker(
        &[
            "run",
            "together",
            "--seed",
            "7",
            "--svg",
            nowhere.to_str().expect("UTF-8"),
        ],
        "",
    );
    assert_eq!(status, 2, "{stderr}");
    assert!(
        stderr.contains("could not write the picture to"),
        "{stderr}"
    );

    // Mistakes on the command line are usage errors, with the list of what exists.
    let (status, _, stderr) = copy.checker(&["run", "nosuch"], "");
    assert_eq!(status, 2);
    assert!(
        stderr.contains("there is no exercise called `nosuch`"),
        "{stderr}"
    );
    assert!(stderr.contains("together"), "{stderr}");
    let (status, _, stderr) = copy.checker(&["live", "--speed", "1000"], "");
    assert_eq!(status, 2);
    assert!(stderr.contains("out of range"), "{stderr}");
    // A reset with nobody to ask and no --yes changes nothing.
    std::fs::write(
        copy.course().root.join("exercises/01_together/src/lib.rs"),
        "// mine\n",
    )
    .expect("the copy is writable");
    let (status, _, stderr) = copy.checker(&["reset", "together"], "");
    assert_eq!(status, 2, "{stderr}");
    assert!(stderr.contains("pass --yes"), "{stderr}");
}

#[test]
fn watch_in_manual_mode_regrades_on_enter_and_quits_on_q() {
    let copy = CourseCopy::new();
    // The hints another test showed would change what `h` shows here.
    let _ = std::fs::remove_dir_all(copy.course().root.join(STATE_DIR));
    let (status, stdout, _) = copy.checker(&["watch", "--manual", "--seed", "7"], "\nh\nq\n");
    assert_eq!(status, 1, "quitting with exercises left: exit status 1");
    assert!(stdout.contains("0 of"), "{stdout}");
    assert!(stdout.contains("Next: 01 together"), "{stdout}");
    // The focus showed hint 1, so `h` shows hint 2.
    assert!(stdout.contains("Hint 2 of 3 for together"), "{stdout}");
    assert!(
        stdout.contains("save it and press Enter to regrade"),
        "{stdout}"
    );
    assert!(stdout.contains("where you left off"), "{stdout}");
    insta::assert_snapshot!("watch_manual", any_course_size(&stdout, &copy));
}

#[test]
fn the_live_view_draws_the_run_on_the_real_clock() {
    let copy = CourseCopy::new();
    let start = std::time::Instant::now();
    let (status, stdout, stderr) = copy.checker(&["live", "together", "--speed", "20"], "");
    assert_eq!(status, 0, "{stdout}{stderr}");
    assert!(stdout.contains("Live: 01 together"), "{stdout}");
    assert!(stdout.contains("of real time"), "{stdout}");
    assert!(
        stdout.contains("task_one") && stdout.contains("task_two"),
        "{stdout}"
    );
    assert!(stdout.contains("the check expects"), "{stdout}");
    // Off a terminal, plain text: no colour and no cursor movements in a redirected file.
    assert!(!stdout.contains('\u{1b}'), "{stdout:?}");
    // At 20 times the speed, at most three seconds of course time take a few tenths of a second
    // of real time; the build may take longer, so this only rules out a stuck clock.
    assert!(start.elapsed().as_secs() < 120);
}

#[test]
fn watch_regrades_on_save_and_moves_on_when_solved() {
    use std::io::{Read as _, Write as _};
    use std::sync::{Arc, Mutex};
    use std::time::{Duration, Instant};

    let copy = CourseCopy::new();
    let mut child = copy
        .command(&["watch", "--seed", "7"])
        .spawn()
        .expect("the checker binary runs");
    let output = Arc::new(Mutex::new(String::new()));
    let errors = Arc::new(Mutex::new(String::new()));
    let collect = |mut stream: Box<dyn std::io::Read + Send>, sink: Arc<Mutex<String>>| {
        std::thread::spawn(move || {
            let mut chunk = [0_u8; 4096];
            while let Ok(read @ 1..) = stream.read(&mut chunk) {
                let text = String::from_utf8_lossy(&chunk[..read]).into_owned();
                sink.lock().expect("the output lock").push_str(&text);
            }
        });
    };
    collect(
        Box::new(child.stdout.take().expect("stdout is piped")),
        Arc::clone(&output),
    );
    collect(
        Box::new(child.stderr.take().expect("stderr is piped")),
        Arc::clone(&errors),
    );
    // Off a terminal, each redraw starts with a rule; each regrade says "Grading 1 exercise".
    let counts = || {
        let redraws = output
            .lock()
            .expect("the output lock")
            .matches(&"-".repeat(72))
            .count();
        let regrades = errors
            .lock()
            .expect("the output lock")
            .matches("Grading 1 exercise")
            .count();
        (redraws, regrades)
    };
    let wait_for = |needle: &str| {
        let deadline = Instant::now() + Duration::from_secs(120);
        while Instant::now() < deadline {
            if output.lock().expect("the output lock").contains(needle) {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!(
            "watch mode never printed {needle:?}; it printed:\n{}",
            output.lock().expect("the output lock")
        );
    };

    wait_for("Next: 01 together");
    // Solve the first two exercises as a learner would: save the file, see the verdict change.
    for (exercise, next) in [("01_together", "Next: 02"), ("02_dashboard", "Next: 03")] {
        let solution = std::fs::read(copy.pristine.root.join(format!("solutions/{exercise}.rs")))
            .expect("the solution is readable");
        let before = counts();
        let saved = Instant::now();
        std::fs::write(
            copy.course()
                .root
                .join(format!("exercises/{exercise}/src/lib.rs")),
            solution,
        )
        .expect("the copy is writable");
        wait_for(next);
        eprintln!(
            "{exercise}: from the save to the next exercise on screen: {:?}",
            saved.elapsed()
        );
        wait_for(&format!("{exercise} solved").replacen('_', " ", 1));
        // One save, one regrade and one redraw, however many file events the save made.
        std::thread::sleep(Duration::from_millis(800));
        let after = counts();
        assert_eq!(after.1, before.1 + 1, "one regrade per save");
        assert_eq!(after.0, before.0 + 1, "one redraw per save");
    }
    // A save that changes nothing (a bare `touch`) regrades nothing and redraws nothing.
    let before = counts();
    let file = copy
        .course()
        .root
        .join("exercises/03_await_in_loop/src/lib.rs");
    let unchanged = std::fs::read(&file).expect("the file is readable");
    std::fs::write(&file, unchanged).expect("the copy is writable");
    std::thread::sleep(Duration::from_millis(1000));
    assert_eq!(counts(), before, "an unchanged file is not regraded");
    wait_for(&format!(
        "2 of {} exercises solved",
        copy.course().exercises.len()
    ));

    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(b"q\n").expect("watch mode reads its input");
    let status = child.wait().expect("watch mode ends");
    assert_eq!(status.code(), Some(1), "exercises are left: exit status 1");
    wait_for("Stopped watching");
}

#[test]
fn the_book_diagrams_are_drawn_from_the_current_exercises() {
    // Holds the copy's lock: the reference runs build in the copy's target folder.
    let copy = CourseCopy::new();
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_checker"))
        .args(["diagrams", "--check", "--root"])
        .arg(&copy.pristine.root)
        .env("CARGO_TARGET_DIR", copy.target_dir())
        .env("NO_COLOR", "1")
        .output()
        .expect("the checker runs");
    assert!(
        output.status.success(),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn a_picture_of_an_answer_that_does_not_exist_is_refused() {
    let copy = CourseCopy::new();
    let chapter = copy.course().root.join("book/src/01_together.md");
    let text = std::fs::read_to_string(&chapter).expect("the chapter is readable");
    let with_picture =
        format!("{text}\n{{{{#include diagrams/01_together/wrong/no_such_answer.svg}}}}\n");
    std::fs::write(&chapter, with_picture).expect("the copy is writable");
    let (status, stdout, stderr) = copy.checker(&["diagrams", "--check"], "");
    std::fs::write(&chapter, text).expect("the copy is writable");
    assert_eq!(status, 3, "cannot draw: {stdout}{stderr}");
    assert!(
        stderr.contains("could not read solutions/01_together/wrong/no_such_answer.rs"),
        "{stderr}"
    );
    assert!(stderr.contains("rename the picture"), "{stderr}");
}
