//! Points per exercise, from a small file the instructor edits, and the score of a result.
//!
//! ```toml
//! # grading.toml: points for each exercise; any exercise not listed gets `default`.
//! default = 10
//!
//! [exercises]
//! together = 5
//! parallel = 20
//! ```

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::engine::course::Course;
use timeline::report::CheckReport;

use crate::engine::verdict::{Graded, Status};
use crate::error::{Error, Result};

/// The points each exercise is worth.
#[derive(Clone, Debug, PartialEq)]
pub struct Points {
    /// By package name, in course order of the keys' exercises.
    pub max: BTreeMap<String, f64>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    #[serde(default = "ten")]
    default: f64,
    #[serde(default)]
    exercises: BTreeMap<String, f64>,
}

fn ten() -> f64 {
    10.0
}

impl Points {
    /// Equal points, 10 per exercise.
    pub fn equal(course: &Course) -> Self {
        let max = course
            .exercises
            .iter()
            .map(|exercise| (exercise.name.clone(), ten()))
            .collect();
        Self { max }
    }

    /// The points in the TOML file at `path`.
    ///
    /// # Errors
    /// An actionable sentence when the file cannot be read, is not valid, names an exercise the
    /// course does not have, or gives negative points.
    pub fn load(course: &Course, path: &Path) -> Result<Self> {
        let text = std::fs::read_to_string(path)
            .map_err(|error| Error::usage(format!("could not read {}: {error}", path.display())))?;
        let file: File = toml::from_str(&text).map_err(|error| {
            Error::usage(format!(
                "{} is not a valid points file: {error}",
                path.display()
            ))
        })?;
        Self::from_file(course, file)
            .map_err(|error| Error::usage(format!("{}: {error}", path.display())))
    }

    fn from_file(course: &Course, file: File) -> std::result::Result<Self, String> {
        if let Some(unknown) = file
            .exercises
            .keys()
            .find(|name| course.exercise(name).is_none())
        {
            return Err(format!(
                "there is no exercise called `{unknown}`; use the package names (`together`, ...)"
            ));
        }
        let mut max = BTreeMap::new();
        for exercise in &course.exercises {
            let points = file
                .exercises
                .get(&exercise.name)
                .copied()
                .unwrap_or(file.default);
            if !(points.is_finite() && points >= 0.0) {
                return Err(format!(
                    "{} is given {points} points; points are zero or more",
                    exercise.name
                ));
            }
            max.insert(exercise.name.clone(), points);
        }
        Ok(Self { max })
    }

    /// The most points there are.
    pub fn total(&self) -> f64 {
        self.max.values().sum()
    }

    /// The points `graded` earns: all of them when solved, the points of each passing check
    /// (see [`per_check`]) when the tests ran but some checks failed, none when they could
    /// not run to the end.
    pub fn score(&self, graded: &Graded) -> f64 {
        let max = self.max.get(&graded.exercise).copied().unwrap_or(0.0);
        match graded.status {
            Status::Solved => max,
            Status::NotYet => round(
                per_check(max, graded.status, &graded.checks)
                    .iter()
                    .filter(|(_, earned)| *earned)
                    .map(|(points, _)| points)
                    .sum::<f64>(),
            ),
            _ => 0.0,
        }
    }
}

/// What each of `checks` is worth, of an exercise worth `max` points graded `status`, and
/// whether it earns it. The exercise's points are split into quarter points (hundredths when
/// they are not whole quarters), the remainder going to the first checks, so that the checks'
/// points add up to exactly the exercise's: quarters add up exactly in binary floating point
/// too, so a program summing them (GitHub Classroom's reporter) shows 6.5, never
/// 6.499999999999999. A check earns its points when it passed and the tests ran to the end.
pub fn per_check(max: f64, status: Status, checks: &[CheckReport]) -> Vec<(f64, bool)> {
    let unit = if (max * 4.0).fract() == 0.0 {
        0.25
    } else {
        0.01
    };
    let counted = matches!(status, Status::Solved | Status::NotYet);
    let count = checks.len().max(1) as u64;
    // Whole units: a few thousand at most, far from any loss of precision.
    let units = (max / unit).round() as u64;
    let (base, extra) = (units / count, units % count);
    checks
        .iter()
        .zip(0_u64..)
        .map(|(check, index)| {
            let share = base + u64::from(index < extra);
            (share as f64 * unit, counted && check.passed)
        })
        .collect()
}

/// `points` to two decimals, as gradebooks show them. Adding 0.0 turns -0.0 (the sum of no
/// points at all, in Rust) into 0, which a gradebook would otherwise print as "-0".
pub fn round(points: f64) -> f64 {
    (points * 100.0).round() / 100.0 + 0.0
}

#[cfg(test)]
mod tests {
    use super::*;
    use timeline::Trace;

    fn check(passed: bool) -> CheckReport {
        CheckReport {
            schema: 1,
            exercise: "users".to_owned(),
            check: "a_check".to_owned(),
            passed,
            failures: Vec::new(),
            expected_ms: None,
            expected_why: None,
            measured_ms: 0,
            wall_ms: 0,
            seed: 1,
            trace: Trace::new(Vec::new(), 0),
            message: String::new(),
            token: None,
        }
    }

    #[test]
    fn the_checks_points_add_up_to_the_exercises_exactly() {
        let checks = [check(true), check(false), check(true)];
        let split = per_check(10.0, Status::NotYet, &checks);
        let worth: Vec<f64> = split.iter().map(|(points, _)| *points).collect();
        assert_eq!(worth, [3.5, 3.25, 3.25]);
        assert_eq!(worth.iter().sum::<f64>(), 10.0);
        // Points that are not whole quarters are split in hundredths.
        let odd: f64 = per_check(7.1, Status::NotYet, &checks)
            .iter()
            .map(|(points, _)| points)
            .sum();
        assert_eq!(round(odd), 7.1);
        assert_eq!(
            round(
                per_check(10.0, Status::NotYet, &[])
                    .iter()
                    .map(|(points, _)| points)
                    .sum()
            )
            .to_string(),
            "0"
        );
        // A check earns nothing when the tests did not run to the end.
        assert!(
            per_check(10.0, Status::TimedOut, &checks)
                .iter()
                .all(|(_, earned)| !earned)
        );
    }
}
