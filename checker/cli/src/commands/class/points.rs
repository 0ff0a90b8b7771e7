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

    /// The points `graded` earns: all of them when solved, a share per passing check when the
    /// tests ran but some checks failed, none when they could not run to the end.
    pub fn score(&self, graded: &Graded) -> f64 {
        let max = self.max.get(&graded.exercise).copied().unwrap_or(0.0);
        let share = match graded.status {
            Status::Solved => 1.0,
            Status::NotYet if !graded.checks.is_empty() => {
                graded.passed() as f64 / graded.checks.len() as f64
            }
            _ => 0.0,
        };
        round(max * share)
    }
}

/// `points` to two decimals, as gradebooks show them.
pub fn round(points: f64) -> f64 {
    (points * 100.0).round() / 100.0
}
