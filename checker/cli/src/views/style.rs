//! The checker's styles and the words it uses for its own commands, in one place. Colours are
//! plain ANSI; `anstream` strips them where they do not belong (a pipe, `NO_COLOR`).

use anstyle::{AnsiColor, Style};

use crate::engine::verdict::Status;

pub const BOLD: Style = Style::new().bold();
pub const DIM: Style = Style::new().dimmed();
/// A warning the user should act on, such as grading without the sandbox.
pub const WARNING: Style = AnsiColor::Yellow.on_default().bold();
const GREEN: Style = AnsiColor::Green.on_default();
const YELLOW: Style = AnsiColor::Yellow.on_default();
const RED: Style = AnsiColor::Red.on_default();

/// The colour of a verdict: green when solved, yellow when on its way, red when it did not run.
pub fn of_status(status: Status) -> Style {
    match status {
        Status::Solved => GREEN,
        Status::NotYet => YELLOW,
        _ => RED,
    }
}

/// A checker command as the README teaches it: `` `cargo course hint together` ``.
pub use timeline::report::course_command;
