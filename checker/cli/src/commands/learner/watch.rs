//! Watch mode: the current exercise is regraded on every save, the screen redrawn, and the
//! course moves on when it is solved. Keys: `h` for a hint, `r` or Enter to regrade, `q` or
//! Ctrl-C to quit. `--manual` skips file watching and regrades on Enter only.

use std::collections::HashMap;
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
use crate::engine::course::Exercise;
use crate::engine::verdict::{Graded, Status};
use crate::error::{Error, Result};
use crate::views::Format;
use crate::views::fit::{self, Area};
use crate::views::progress::{self, Loop};
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

    // What each learner file held when it was last graded: a save that changes nothing (a bare
    // `touch`, an editor's second write of the same text) regrades nothing and redraws nothing.
    let mut graded_contents: HashMap<String, Vec<u8>> = context
        .course
        .exercises
        .iter()
        .map(|exercise| (exercise.name.clone(), read(context, exercise)))
        .collect();
    let mut graded = context.grade_all()?;
    let mut state = State::load(&context.course.root);
    let mut hints = String::new();
    let mut solved_note = String::new();
    let mut redraw = true;
    loop {
        let Some(current) = graded.iter().position(|g| g.status != Status::Solved) else {
            screen.draw(
                &format!(
                    "{}{solved_note}\n{BOLD}Every exercise is solved: well done.{BOLD:#}\n",
                    progress_bar(&graded)
                ),
                "",
            );
            return Ok(ExitCode::SUCCESS);
        };
        let exercise = context
            .find(&graded[current].exercise)
            .map_err(|_| Error::could_not_grade("the course changed while watching"))?;
        if redraw {
            let keys = if manual {
                "Enter: regrade   h + Enter: hint   q + Enter: quit"
            } else if screen.raw {
                "saving the file regrades   h: hint   r: regrade   q: quit"
            } else {
                "saving the file regrades   h + Enter: hint   Enter: regrade   q + Enter: quit"
            };
            let after_edit = if manual {
                Loop::WatchOnEnter
            } else {
                Loop::Watch
            };
            let area = Area::of_stdout();
            let top = format!("{}{solved_note}\n", progress_bar(&graded));
            let bottom = format!("{hints}{note}\n{DIM}{keys}{DIM:#}\n");
            // The focus shows a hint only while `h` has shown none: the newest one is below.
            let hint = if hints.is_empty() {
                hint::in_focus(exercise, &state)
            } else {
                0
            };
            // One row is kept free: a newline on the last row would scroll the first away.
            let beside = fit::rows(&top, area.width) + fit::rows(&bottom, area.width) + 1;
            let focus = progress::focus_on(
                exercise,
                &graded[current],
                hint,
                after_edit,
                area.less(beside),
            );
            hint::seen_in_focus(exercise, &mut state, focus.hint_shown);
            screen.draw(&format!("{top}{}", focus.text), &bottom);
        }
        redraw = true;
        let file = context.course.root.join(exercise.file());
        match inputs.recv() {
            Ok(Input::Saved(paths)) => {
                // Another file's save, or a save that changed nothing, regrades nothing.
                if !paths.iter().any(|path| same_file(path, &file)) {
                    redraw = false;
                    continue;
                }
                let contents = read(context, exercise);
                if graded_contents.get(&exercise.name) == Some(&contents) {
                    redraw = false;
                    continue;
                }
                graded_contents.insert(exercise.name.clone(), contents);
                regrade(
                    context,
                    exercise,
                    &mut graded[current],
                    &mut hints,
                    &mut solved_note,
                )?;
            }
            Ok(Input::Regrade) => {
                graded_contents.insert(exercise.name.clone(), read(context, exercise));
                regrade(
                    context,
                    exercise,
                    &mut graded[current],
                    &mut hints,
                    &mut solved_note,
                )?;
            }
            Ok(Input::Hint) => {
                hints = fit::wrap(
                    &format!("\n{}", hint::next(exercise, &mut state, false)),
                    Area::of_stdout().width,
                );
                // Losing the count of hints shown is not worth interrupting the learner for.
                let _ = state.save(&context.course.root);
            }
            Ok(Input::Quit) | Err(_) => break,
        }
    }
    drop(screen);
    // The hint the focus showed counts as seen.
    let _ = state.save(&context.course.root);
    println!(
        "Stopped watching. Run {} to pick up where you left off.",
        course_command("watch")
    );
    Ok(exit_for(&graded))
}

/// Regrades `exercise` into `result`; when that solves it, says so above the next exercise and
/// clears the hints, which were for this one.
fn regrade(
    context: &Context,
    exercise: &Exercise,
    result: &mut Graded,
    hints: &mut String,
    solved_note: &mut String,
) -> Result<()> {
    let before = result.status;
    *result = context.grade(&[exercise], context.seed)?.remove(0);
    solved_note.clear();
    if result.status == Status::Solved && before != Status::Solved {
        hints.clear();
        *solved_note = format!(
            "{BOLD}{} {} solved.{BOLD:#} On to the next one.\n",
            exercise.number(),
            exercise.name
        );
    }
    Ok(())
}

/// The learner file of `exercise` as it is now (empty when it cannot be read).
fn read(context: &Context, exercise: &Exercise) -> Vec<u8> {
    std::fs::read(context.course.root.join(exercise.file())).unwrap_or_default()
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

    /// Replaces the screen's contents with `text` and, at the bottom, `bottom` (the hints and
    /// the keys) on a terminal; prints them after a rule otherwise, so a log of the session stays
    /// readable.
    fn draw(&self, text: &str, bottom: &str) {
        let terminal = io::stdout().is_terminal();
        if terminal {
            // Straight to the terminal: `anstream` would strip these codes under NO_COLOR.
            let _ = execute!(
                io::stdout(),
                terminal::Clear(terminal::ClearType::All),
                cursor::MoveTo(0, 0)
            );
        }
        let mut out = anstream::stdout();
        if !terminal {
            let _ = writeln!(out, "{}", "-".repeat(72));
        }
        // A last safeguard: a screen taller than the terminal would scroll its top away (and a
        // newline on the last row scrolls it by one), so the end of `text` gives way, never its
        // first lines (the message's) nor the keys.
        let text = match Area::of_stdout().height {
            Some(height) => {
                let room = height.saturating_sub(1 + bottom.lines().count());
                let mut kept: String = text
                    .lines()
                    .take(room)
                    .map(|line| format!("{line}\n"))
                    .collect();
                kept.push_str(bottom);
                kept.lines()
                    .take(height.saturating_sub(1))
                    .map(|line| format!("{line}\n"))
                    .collect()
            }
            None => format!("{text}{bottom}"),
        };
        // Raw mode turns off the terminal's own "\n" -> "\r\n".
        let text = if self.raw {
            text.replace('\n', "\r\n")
        } else {
            text
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
