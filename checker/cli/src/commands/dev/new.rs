//! `checker dev new NN_name`: scaffolds an exercise so that the self-check and `dev check` say
//! at once what is still missing. It only creates files, so removing them leaves the tree as it
//! was.

use std::path::PathBuf;
use std::process::ExitCode;

use anstream::println;

use crate::commands::Context;
use crate::error::{Error, Result};
use crate::views::style::course_command;

/// The templates, with `{number}`, `{name}`, `{slug}` and `{title}` to fill in.
const TEMPLATES: &[(&str, &str)] = &[
    (
        "exercises/{slug}/Cargo.toml",
        include_str!("../../../templates/exercise/Cargo.toml.txt"),
    ),
    (
        "exercises/{slug}/exercise.toml",
        include_str!("../../../templates/exercise/exercise.toml.txt"),
    ),
    (
        "exercises/{slug}/src/lib.rs",
        include_str!("../../../templates/exercise/lib.rs.txt"),
    ),
    (
        "exercises/{slug}/tests/{name}.rs",
        include_str!("../../../templates/exercise/test.rs.txt"),
    ),
    (
        "book/src/{slug}.md",
        include_str!("../../../templates/exercise/chapter.md.txt"),
    ),
    (
        "book/src/quizzes/{slug}.toml",
        include_str!("../../../templates/exercise/quiz.toml.txt"),
    ),
];

/// Scaffolds the exercise whose folder is `slug` (`09_timeouts`) and lists what is left to do.
///
/// # Errors
/// A usage error when `slug` is not of the form `NN_name`, or the number or a file is taken.
pub fn scaffold(context: &Context, slug: &str) -> Result<ExitCode> {
    let (number, name) = parse(slug)?;
    if let Some(taken) = context
        .course
        .exercises
        .iter()
        .find(|exercise| exercise.number() == number || exercise.name == name)
    {
        return Err(Error::usage(format!(
            "exercise {} already has the number {number} or the package name `{name}`: choose \
             others",
            taken.slug()
        )));
    }
    let title = title_of(name);
    let fill = |text: &str| {
        text.replace("{number}", number)
            .replace("{name}", name)
            .replace("{slug}", slug)
            .replace("{title}", &title)
    };
    let files: Vec<(PathBuf, String)> = TEMPLATES
        .iter()
        .map(|(path, template)| (PathBuf::from(fill(path)), fill(template)))
        .collect();
    if let Some((taken, _)) = files
        .iter()
        .find(|(path, _)| context.course.root.join(path).exists())
    {
        return Err(Error::usage(format!(
            "{} already exists: `dev new` only creates new files",
            taken.display()
        )));
    }
    for (path, contents) in &files {
        let full = context.course.root.join(path);
        full.parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&full, contents))
            .map_err(|error| {
                Error::could_not_grade(format!("could not write {}: {error}", full.display()))
            })?;
        println!("created {}", path.display());
    }
    println!(
        "\nNow write the lesson (CONTRIBUTING.md says how), then:\n\
         - the solution solutions/{slug}.rs and at least one alternative in solutions/{slug}/;\n\
         - three hints in exercises/{slug}/exercise.toml, and its `fails_with`;\n\
         - the chapter's line in book/src/SUMMARY.md;\n\
         - {} to record the learner file as shipped, {} to draw the timelines.\n\
         {} and `cargo test` name whatever is still missing.",
        course_command("dev ship"),
        course_command("diagrams"),
        course_command("dev check")
    );
    Ok(ExitCode::SUCCESS)
}

/// The number and the package name of `slug`.
fn parse(slug: &str) -> Result<(&str, &str)> {
    let wrong = || {
        Error::usage(format!(
            "`{slug}` is not an exercise folder name: write a two-digit number, an underscore \
             and the package name in lowercase letters, digits and underscores, as in \
             `09_timeouts`"
        ))
    };
    let (number, name) = slug.split_once('_').ok_or_else(wrong)?;
    let number_ok = number.len() == 2 && number.bytes().all(|b| b.is_ascii_digit());
    let name_ok = name.starts_with(|c: char| c.is_ascii_lowercase())
        && name
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_');
    if number_ok && name_ok {
        Ok((number, name))
    } else {
        Err(wrong())
    }
}

/// `rate_limit` gives "Rate limit": a first title for the contributor to improve.
fn title_of(name: &str) -> String {
    let spaced = name.replace('_', " ");
    let mut chars = spaced.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_name_is_a_number_and_a_package_name() {
        assert_eq!(parse("09_timeouts").ok(), Some(("09", "timeouts")));
        assert_eq!(parse("10_rate_limit").ok(), Some(("10", "rate_limit")));
        for wrong in [
            "timeouts",
            "9_timeouts",
            "09_",
            "09_Timeouts",
            "09_a-b",
            "x9_a",
        ] {
            assert!(parse(wrong).is_err(), "{wrong}");
        }
        assert_eq!(title_of("rate_limit"), "Rate limit");
    }
}
