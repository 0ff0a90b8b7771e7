//! The checker's one error type. The rule: every function that can fail returns [`Error`], whose
//! message is a sentence that tells the reader what to do; the variant only picks the exit status.

use std::fmt;
use std::process::ExitCode;

/// Why a command could not do its work.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Error {
    /// The command line, or a file it names, asks for something that does not exist: exit
    /// status 2 (clap uses 2 for the usage errors it finds itself).
    Usage(String),
    /// Cargo, git, the course or the file system failed us: exit status 3.
    CouldNotGrade(String),
}

impl Error {
    /// An error about the command line or a file it names.
    pub fn usage(message: impl Into<String>) -> Self {
        Self::Usage(message.into())
    }

    /// An error about the machine, the course or a tool.
    pub fn could_not_grade(message: impl Into<String>) -> Self {
        Self::CouldNotGrade(message.into())
    }

    /// The exit status this error ends the checker with.
    pub fn exit_code(&self) -> ExitCode {
        ExitCode::from(match self {
            Self::Usage(_) => 2,
            Self::CouldNotGrade(_) => 3,
        })
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Usage(message) | Self::CouldNotGrade(message) => f.write_str(message),
        }
    }
}

impl std::error::Error for Error {}

/// `Result` with the checker's [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;
