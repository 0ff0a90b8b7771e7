//! The files a class grading writes, all from the same results: the JSON, a gradebook CSV, JUnit
//! XML, a Markdown feedback file per student, and the GitHub Classroom autograding result.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
use serde::Serialize;

use crate::commands::class::points;
use crate::commands::class::submission::Kind;
use crate::commands::class::{ClassResults, StudentResult};
use crate::engine::verdict::Status;
use crate::error::{Error, Result};
use crate::views::json::ExerciseResult;
use crate::views::svg;

/// Writes every output of `results` into `out` and returns the paths written.
///
/// # Errors
/// An actionable sentence when a file cannot be written.
pub fn write_all(results: &ClassResults, out: &Path) -> Result<Vec<PathBuf>> {
    write_files(results, out).map_err(Error::could_not_grade)
}

fn write_files(results: &ClassResults, out: &Path) -> std::result::Result<Vec<PathBuf>, String> {
    let mut written = Vec::new();
    let mut write = |relative: String, contents: Vec<u8>| -> std::result::Result<(), String> {
        let path = out.join(relative);
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|error| format!("could not make {}: {error}", parent.display()))?;
        }
        std::fs::write(&path, contents)
            .map_err(|error| format!("could not write {}: {error}", path.display()))?;
        written.push(path);
        Ok(())
    };
    let json = serde_json::to_vec_pretty(results).map_err(|error| error.to_string())?;
    write("results.json".to_owned(), json)?;
    write("gradebook.csv".to_owned(), gradebook(results)?)?;
    write("junit.xml".to_owned(), junit(results)?.into_bytes())?;
    for student in &results.students {
        let stem = file_stem(&student.student);
        write(
            format!("feedback/{stem}.md"),
            feedback(results, student).into_bytes(),
        )?;
        for exercise in explained(student) {
            if let Some(check) = exercise.explained_check() {
                write(
                    format!("feedback/{}", picture_name(&stem, exercise)),
                    svg::draw(&check.trace, 0).into_bytes(),
                )?;
            }
        }
        let autograding =
            serde_json::to_vec_pretty(&autograding(student)).map_err(|error| error.to_string())?;
        write(format!("autograding/{stem}.json"), autograding)?;
    }
    Ok(written)
}

/// One row per student, one column per exercise, then the total and the most there is.
fn gradebook(results: &ClassResults) -> std::result::Result<Vec<u8>, String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    let mut header = vec!["student".to_owned()];
    if let Some(first) = results.students.first() {
        header.extend(
            first
                .exercises
                .iter()
                .map(|exercise| format!("{} {}", exercise.result.number, exercise.result.name)),
        );
    }
    header.extend(["total".to_owned(), "max".to_owned()]);
    writer
        .write_record(&header)
        .map_err(|error| error.to_string())?;
    for student in &results.students {
        let mut row = vec![student.student.clone()];
        row.extend(student.exercises.iter().map(|e| e.points.to_string()));
        row.extend([student.score.to_string(), student.max_score.to_string()]);
        writer
            .write_record(&row)
            .map_err(|error| error.to_string())?;
    }
    writer.into_inner().map_err(|error| error.to_string())
}

/// A test suite per student, a test case per exercise; a failed exercise carries its first
/// failing check's message.
fn junit(results: &ClassResults) -> std::result::Result<String, String> {
    let mut report = Report::new("asynclings");
    for student in &results.students {
        let mut suite = TestSuite::new(student.student.clone());
        for exercise in &student.exercises {
            let name = format!("{} {}", exercise.result.number, exercise.result.name);
            let status = if exercise.result.status == Status::Solved {
                TestCaseStatus::success()
            } else {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status.set_message(exercise.result.status_label());
                status.set_description(exercise.result.explanation());
                status
            };
            let mut case = TestCase::new(name, status);
            case.set_classname(student.student.clone());
            suite.add_test_case(case);
        }
        report.add_test_suite(suite);
    }
    report.to_string().map_err(|error| error.to_string())
}

/// The student's feedback: the score, each exercise's verdict, what went wrong with its
/// timeline, and the files that were ignored.
fn feedback(results: &ClassResults, student: &StudentResult) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# asynclings: feedback for {}\n", student.student);
    match student.kind {
        Kind::Empty => {
            let _ = writeln!(out, "The submission is empty: nothing could be graded.\n");
        }
        Kind::NotACourse => {
            let _ = writeln!(
                out,
                "The submission is not a copy of the course (it has no `exercises/` folder): \
                 nothing could be graded. Submit your clone of the course repository.\n"
            );
        }
        Kind::Course => {}
    }
    let _ = writeln!(
        out,
        "**{} of {} points.** Graded with seed {}: `ASYNCLINGS_SEED={} cargo test -p <exercise>` \
         replays exactly what was graded.\n",
        student.score, student.max_score, results.seed, results.seed
    );
    let _ = writeln!(out, "| exercise | verdict | checks | points |");
    let _ = writeln!(out, "| --- | --- | --- | --- |");
    for exercise in &student.exercises {
        let result = &exercise.result;
        let _ = writeln!(
            out,
            "| {} {} | {} | {}/{} | {} of {} |",
            result.number,
            result.name,
            result.status_label(),
            result.checks_passed,
            result.checks_total,
            exercise.points,
            exercise.max_points
        );
    }
    for result in explained(student) {
        let _ = writeln!(
            out,
            "\n## {} {}: {}\n\n```text\n{}\n```",
            result.number,
            result.name,
            result.status_label(),
            result.explanation().trim_end()
        );
        if let Some(check) = result.explained_check() {
            let _ = writeln!(
                out,
                "\n![The timeline of check `{}`, drawn as a picture]({})",
                check.check,
                picture_name(&file_stem(&student.student), result)
            );
        }
    }
    if !student.notes.is_empty() {
        let _ = writeln!(out, "\n## Notes\n");
        for note in &student.notes {
            let _ = writeln!(out, "- {note}");
        }
    }
    if !student.ignored.is_empty() {
        let _ = writeln!(
            out,
            "\n## Files that were ignored\n\nOnly the file each exercise asks you to edit is \
             graded. These files differ from the course, or are not part of it, and changed \
             nothing in your grade:\n"
        );
        for file in &student.ignored {
            let _ = writeln!(out, "- `{file}`");
        }
    }
    out
}

/// GitHub Classroom's autograding result: what `autograding-grading-reporter` reads, base64
/// encoded, from a `<RUNNER>_RESULTS` variable. The reporter prints the sum of the passing
/// tests' scores and sends Classroom the sum of every test's score: so that both are the
/// gradebook's total, there is one test per check, which earns its share of the exercise's
/// points when it passes and 0 when it fails (an exercise without checks, one that did not
/// compile for instance, is one test worth 0). `line_no` 0 hides the reporter's "line" note.
#[derive(Serialize)]
struct Autograding {
    version: u32,
    status: &'static str,
    max_score: f64,
    tests: Vec<AutogradingTest>,
}

#[derive(Serialize)]
struct AutogradingTest {
    name: String,
    status: &'static str,
    score: f64,
    max_score: f64,
    message: String,
    filename: String,
    line_no: u32,
    test_code: String,
}

fn autograding(student: &StudentResult) -> Autograding {
    let mut tests = Vec::new();
    for exercise in &student.exercises {
        let result = &exercise.result;
        let exercise_name = format!("{} {}", result.number, result.name);
        let test = |name: String, earned: bool, score: f64, max_score: f64, message: String| {
            AutogradingTest {
                name,
                status: if earned { "pass" } else { "fail" },
                score: if earned { score } else { 0.0 },
                max_score,
                message: if earned { String::new() } else { message },
                filename: result.file.clone(),
                line_no: 0,
                test_code: format!("cargo test -p {}", result.name),
            }
        };
        let split = points::per_check(exercise.max_points, result.status, &result.checks);
        if split.is_empty() {
            tests.push(test(
                exercise_name.clone(),
                false,
                0.0,
                exercise.max_points,
                result.explanation(),
            ));
        }
        for (check, (worth, earned)) in result.checks.iter().zip(split) {
            let message = if check.passed {
                // A passing check earns nothing when the tests did not run to the end.
                result.explanation()
            } else {
                check.message.clone()
            };
            tests.push(test(
                format!("{exercise_name}: {}", check.check),
                earned,
                worth,
                worth,
                message,
            ));
        }
    }
    let status = if student.kind != Kind::Course {
        "error"
    } else if tests.iter().all(|test| test.status == "pass") {
        "pass"
    } else {
        "fail"
    };
    Autograding {
        version: 1,
        status,
        max_score: student.max_score,
        tests,
    }
}

/// The exercises the feedback explains: those of a graded course that are not solved.
fn explained(student: &StudentResult) -> impl Iterator<Item = &ExerciseResult> {
    student
        .exercises
        .iter()
        .map(|exercise| &exercise.result)
        .filter(|result| result.status != Status::Solved && student.kind == Kind::Course)
}

/// The file of the timeline picture of `result` in the feedback of the student whose file stem
/// is `stem`, beside their Markdown: `alice-01-together.svg`.
fn picture_name(stem: &str, result: &ExerciseResult) -> String {
    format!("{stem}-{}-{}.svg", result.number, result.name)
}

/// A file name for `student`: letters, digits, `-`, `_` and `.` kept, anything else `_`.
fn file_stem(student: &str) -> String {
    let stem: String = student
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '_'
            }
        })
        .collect();
    match stem.trim_start_matches('.') {
        "" => "_".to_owned(),
        trimmed => trimmed.to_owned(),
    }
}
