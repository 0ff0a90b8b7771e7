//! Watch mode: the current exercise is regraded on every save, the screen redrawn, and the
//! course moves on when it is solved. Keys: `h` for a hint, `r` or Enter to regrade, `q` or
//! Ctrl-C to quit. `--manual` skips file watching and regrades on Enter only.

use std::io::{self, BufRead as _, IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{self, Sender};
use std::time::Duration;

use crossterm::event::{self, Event, KeyCode, KeyEventKind, KeyModifiers};
use crossterm::{cursor, execute, terminal};
use notify_debouncer_mini::notify::{RecommendedWatcher, RecursiveMode};
use notify_debouncer_mini::{DebounceEventResult, Debouncer, new_debouncer};

use crate::commands::learner::hint;
use crate::commands::learner::state::State;
use crate::commands::{Context, exit_for};
use crate::engine::verdict::{Graded, Status};
use crate::error::{Error, Result};
use crate::views::Format;
use crate::views::progress;
use crate::views::style::{BOLD, DIM, course_command};

/// How long the file events of one save are gathered before regrading: editors often write a
/// file in several steps.
const DEBOUNCE: Duration = Duration::from_millis(200);

/// What wakes the watch loop.
enum Input {
    /// These files changed.
    Saved(Vec<PathBuf>),
    Regrade,
    Hint,
    Quit,
}

/// Runs watch mode until the learner quits or every exercise is solved.
///
/// # Errors
/// When the exercises cannot be graded, or JSON output was asked for.
pub fn watch(context: &Context, manual: bool) -> Result<ExitCode> {
    if context.format == Format::Json {
        return Err(Error::usage(
            "watch mode draws a screen for people; for JSON, run the checker without `watch`",
        ));
    }
    let (sender, inputs) = mpsc::channel();
    let mut note = String::new();
    let _watcher = if manual {
        None
    } else {
        match watch_files(&context.course.root.join("exercises"), sender.clone()) {
            Ok(watcher) => Some(watcher),
            Err(error) => {
                note = format!(
                    "File events are not available here ({error}): press Enter to regrade, or \
                     run `watch --manual`."
                );
                None
            }
        }
    };
    let screen = Screen::open();
    read_keys(sender, screen.raw);

    let mut graded = context.grade_all()?;
    let mut state = State::load(&context.course.root);
    let mut hints = String::new();
    loop {
        let Some(current) = graded.iter().position(|g| g.status != Status::Solved) else {
            screen.draw(&format!(
                "{}\n{BOLD}Every exercise is solved: well done.{BOLD:#}\n",
                progress_bar(&graded)
            ));
            return Ok(ExitCode::SUCCESS);
        };
        let exercise = context
            .find(&graded[current].exercise)
            .map_err(|_| Error::could_not_grade("the course changed while watching"))?;
        let keys = if manual {
            "Enter: regrade   h + Enter: hint   q + Enter: quit"
        } else if screen.raw {
            "saving the file regrades   h: hint   r: regrade   q: quit"
        } else {
            "saving the file regrades   h + Enter: hint   Enter: regrade   q + Enter: quit"
        };
        screen.draw(&format!(
            "{}\n{}{hints}{note}\n{DIM}{keys}{DIM:#}\n",
            progress_bar(&graded),
            progress::focus_on(exercise, &graded[current])
        ));
        let file = context.course.root.join(exercise.file());
        match inputs.recv() {
            Ok(Input::Saved(paths)) if !paths.iter().any(|path| same_file(path, &file)) => {}
            Ok(Input::Saved(_) | Input::Regrade) => {
                let before = graded[current].status;
                let mut regraded = context.grade(&[exercise], context.seed)?;
                graded[current] = regraded.remove(0);
                if graded[current].status == Status::Solved && before != Status::Solved {
                    hints.clear();
                }
            }
            Ok(Input::Hint) => {
                hints = format!("\n{}", hint::next(exercise, &mut state, false));
                // Losing the count of hints shown is not worth interrupting the learner for.
                let _ = state.save(&context.course.root);
            }
            Ok(Input::Quit) | Err(_) => break,
        }
    }
    drop(screen);
    println!(
        "Stopped watching. Run {} to pick up where you left.",
        course_command("watch")
    );
    Ok(exit_for(&graded))
}

/// `[#####---------]  2 of 8 exercises solved`
fn progress_bar(graded: &[Graded]) -> String {
    const WIDTH: usize = 30;
    let solved = graded.iter().filter(|g| g.status == Status::Solved).count();
    let filled = (solved * WIDTH).checked_div(graded.len()).unwrap_or(0);
    format!(
        "[{}{}]  {solved} of {} exercises solved\n",
        "#".repeat(filled),
        "-".repeat(WIDTH - filled),
        graded.len()
    )
}

fn same_file(a: &Path, b: &Path) -> bool {
    a == b || a.canonicalize().ok() == b.canonicalize().ok()
}

/// Sends the paths of saved files under `dir`, once per save.
fn watch_files(dir: &Path, sender: Sender<Input>) -> Result<Debouncer<RecommendedWatcher>, String> {
    let mut debouncer = new_debouncer(DEBOUNCE, move |result: DebounceEventResult| {
        if let Ok(events) = result {
            let paths = events.into_iter().map(|event| event.path).collect();
            let _ = sender.send(Input::Saved(paths));
        }
    })
    .map_err(|error| error.to_string())?;
    debouncer
        .watcher()
        .watch(dir, RecursiveMode::Recursive)
        .map_err(|error| error.to_string())?;
    Ok(debouncer)
}

/// Reads keys on a thread of its own: single keys on a terminal in raw mode, whole lines
/// otherwise (a pipe, or a terminal that cannot go raw).
fn read_keys(sender: Sender<Input>, raw: bool) {
    std::thread::spawn(move || {
        loop {
            let input = if raw { read_key() } else { read_line() };
            let quit = matches!(input, Input::Quit);
            if sender.send(input).is_err() || quit {
                break;
            }
        }
    });
}

fn read_key() -> Input {
    loop {
        let Ok(Event::Key(key)) = event::read() else {
            continue;
        };
        if key.kind != KeyEventKind::Press {
            continue;
        }
        return match key.code {
            KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => Input::Quit,
            KeyCode::Char('q') | KeyCode::Esc => Input::Quit,
            KeyCode::Char('h') => Input::Hint,
            KeyCode::Char('r') | KeyCode::Enter => Input::Regrade,
            _ => continue,
        };
    }
}

fn read_line() -> Input {
    let mut line = String::new();
    match io::stdin().lock().read_line(&mut line) {
        Ok(0) | Err(_) => Input::Quit,
        Ok(_) => match line.trim() {
            "q" | "quit" => Input::Quit,
            "h" | "hint" => Input::Hint,
            _ => Input::Regrade,
        },
    }
}

/// The terminal, in raw mode while watching when it is one; restored when dropped, whatever
/// happens, so the learner's shell is never left broken.
struct Screen {
    raw: bool,
}

impl Screen {
    fn open() -> Self {
        let raw = io::stdin().is_terminal()
            && io::stdout().is_terminal()
            && terminal::enable_raw_mode().is_ok();
        Self { raw }
    }

    /// Replaces the screen's contents with `text` on a terminal; prints it after a rule
    /// otherwise, so a log of the session stays readable.
    fn draw(&self, text: &str) {
        let mut out = anstream::stdout();
        if io::stdout().is_terminal() {
            let _ = execute!(
                out,
                terminal::Clear(terminal::ClearType::All),
                cursor::MoveTo(0, 0)
            );
        } else {
            let _ = writeln!(out, "{}", "-".repeat(72));
        }
        // Raw mode turns off the terminal's own "\n" -> "\r\n".
        let text = if self.raw {
            text.replace('\n', "\r\n")
        } else {
            text.to_owned()
        };
        let _ = write!(out, "{text}");
        let _ = out.flush();
    }
}

impl Drop for Screen {
    fn drop(&mut self) {
        if self.raw {
            let _ = terminal::disable_raw_mode();
        }
    }
}
