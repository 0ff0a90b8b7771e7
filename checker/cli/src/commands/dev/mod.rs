//! The contributor's commands: `dev new` scaffolds an exercise, `dev check` guards every
//! convention of the course, `dev ship` records the learner files as shipped.

pub mod conventions;
pub mod new;

use std::process::ExitCode;

use anstream::println;

use crate::commands::Context;
use crate::engine::shipped;
use crate::error::Result;

/// `checker dev ship`: records every learner file, as it is now, as shipped.
///
/// # Errors
/// When git cannot store a file or the record cannot be written.
pub fn ship(context: &Context) -> Result<ExitCode> {
    let changed = shipped::record(&context.course)?;
    if changed.is_empty() {
        println!("{} is up to date.", shipped::RECORD);
    } else {
        println!(
            "Recorded as shipped: {}. Commit {} with the files.",
            changed.join(", "),
            shipped::RECORD
        );
    }
    Ok(ExitCode::SUCCESS)
}
