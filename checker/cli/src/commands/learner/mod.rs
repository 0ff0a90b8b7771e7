//! The learner's commands: each module holds one command's body.

pub mod hint;
pub mod live;
pub mod progress;
pub mod reset;
pub mod run;
pub mod state;
pub mod watch;
