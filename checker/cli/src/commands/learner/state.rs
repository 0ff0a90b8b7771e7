//! What the checker remembers for the learner between runs, in `.asynclings/` at the course
//! root (ignored by git): how many hints of each exercise were shown, and backups of reset files.

use std::collections::BTreeMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::engine::course::STATE_DIR as DIR;

/// The remembered state.
#[derive(Debug, Default, Serialize, Deserialize)]
pub struct State {
    /// For each exercise's package name, how many of its hints were shown.
    #[serde(default)]
    pub hints_shown: BTreeMap<String, usize>,
}

impl State {
    /// The state of the course at `root`; an empty one when none was saved or it is unreadable
    /// (losing the hint count is better than refusing to run).
    pub fn load(root: &Path) -> Self {
        fs::read(state_file(root))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    /// Saves the state of the course at `root`.
    ///
    /// # Errors
    /// When `.asynclings/` cannot be written.
    pub fn save(&self, root: &Path) -> io::Result<()> {
        fs::create_dir_all(root.join(DIR))?;
        let json = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        fs::write(state_file(root), json)
    }
}

/// Copies `file` into `.asynclings/backups/`, under a name that says which exercise and when,
/// and returns the backup's path relative to `root`.
///
/// # Errors
/// When the file cannot be read or the backup written.
pub fn back_up(root: &Path, file: &Path, exercise: &str) -> io::Result<PathBuf> {
    let seconds = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |since| since.as_secs());
    let extension = file
        .extension()
        .and_then(|ext| ext.to_str())
        .unwrap_or("rs");
    let relative = Path::new(DIR)
        .join("backups")
        .join(format!("{exercise}-{seconds}.{extension}"));
    fs::create_dir_all(root.join(DIR).join("backups"))?;
    fs::copy(root.join(file), root.join(&relative))?;
    Ok(relative)
}

fn state_file(root: &Path) -> PathBuf {
    root.join(DIR).join("state.json")
}
