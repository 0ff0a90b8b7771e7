//! Running a child process so that it cannot hang, flood the checker or touch what it should
//! not: a time limit, capped output, and everything it started stopped at the end,
//! grandchildren included (a process group on Unix, a job object on Windows, both through
//! `process-wrap`); and, where bubblewrap works, a sandbox with a read-only file system.

use std::io::Read;
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::sync::{Arc, Mutex, OnceLock, PoisonError};
use std::thread;
use std::time::{Duration, Instant};

use process_wrap::std::{ChildWrapper, CommandWrap};

/// How much a child may take.
#[derive(Clone, Copy, Debug)]
pub struct ProcessLimits {
    /// Wall-clock time before the process group is killed.
    pub time: Duration,
    /// Bytes kept of each of stdout and stderr; the rest is read and thrown away.
    pub output: usize,
}

/// What a child did.
#[derive(Debug)]
pub struct ProcessOutcome {
    /// `None` when it was killed at the time limit.
    pub status: Option<ExitStatus>,
    pub stdout: Captured,
    pub stderr: Captured,
    pub wall: Duration,
}

/// The first bytes of a stream, and how many more there were.
#[derive(Debug, Default)]
pub struct Captured {
    pub bytes: Vec<u8>,
    pub dropped: u64,
}

impl Captured {
    /// The kept bytes as text, with a note when some were dropped.
    pub fn text(&self) -> String {
        let mut text = String::from_utf8_lossy(&self.bytes).into_owned();
        if self.dropped > 0 {
            text.push_str(&format!("\n[... {} more bytes not shown]", self.dropped));
        }
        text
    }
}

impl ProcessOutcome {
    pub fn timed_out(&self) -> bool {
        self.status.is_none()
    }

    pub fn success(&self) -> bool {
        self.status.is_some_and(|status| status.success())
    }
}

/// `command` inside a bubblewrap sandbox, where the machine has a bubblewrap that works (Linux
/// with `bwrap` on the PATH): the whole file system read-only but `writable` (`/tmp` too: the
/// course, its build and the reports may live there), no network, a session and a process namespace of its own (so nothing it starts outlives it),
/// and ended with its parent. `None` elsewhere: the caller runs `command` as it is.
pub fn isolated(command: &Command, writable: &[&Path]) -> Option<Command> {
    if isolation().is_err() {
        return None;
    }
    let mut sandboxed = Command::new("bwrap");
    sandboxed.args(SANDBOX_ARGS);
    for dir in writable {
        sandboxed.arg("--bind").arg(dir).arg(dir);
    }
    if let Some(dir) = command.get_current_dir() {
        sandboxed.arg("--chdir").arg(dir).current_dir(dir);
    }
    sandboxed
        .arg("--")
        .arg(command.get_program())
        .args(command.get_args());
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => sandboxed.env(key, value),
            None => sandboxed.env_remove(key),
        };
    }
    Some(sandboxed)
}

/// bubblewrap's options, before the writable folders: the order matters, as each mount goes on
/// top of the ones before it.
const SANDBOX_ARGS: &[&str] = &[
    "--ro-bind",
    "/",
    "/",
    "--dev",
    "/dev",
    "--proc",
    "/proc",
    "--unshare-net",
    "--unshare-pid",
    "--die-with-parent",
    "--new-session",
];

/// Whether bubblewrap runs here: installed, and allowed to make its namespaces (a container or
/// a chroot may forbid them). Where it cannot, why, in a sentence an instructor can act on.
/// Asked once per checker.
pub fn isolation() -> &'static Result<(), String> {
    static CHECKED: OnceLock<Result<(), String>> = OnceLock::new();
    CHECKED.get_or_init(|| {
        if !cfg!(target_os = "linux") {
            return Err("bubblewrap runs on Linux only".to_owned());
        }
        let tried = Command::new("bwrap")
            .args(SANDBOX_ARGS)
            .arg("true")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output();
        match tried {
            Ok(output) if output.status.success() => Ok(()),
            Ok(output) => Err(format!(
                "bubblewrap is installed but cannot make its sandbox here ({}): a container or \
                 a chroot may forbid the namespaces it needs",
                String::from_utf8_lossy(&output.stderr).trim()
            )),
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
                Err("bubblewrap is not installed: install Debian's `bubblewrap` package".to_owned())
            }
            Err(error) => Err(format!("bubblewrap could not be started: {error}")),
        }
    })
}

/// How often the child is polled for its exit.
const POLL: Duration = Duration::from_millis(5);
/// How long the output readers get to drain the pipes once the group is gone.
const DRAIN: Duration = Duration::from_millis(500);

/// Runs `command` in a process group (or job) of its own under `limits`.
///
/// # Errors
/// When the process cannot be started (the program is missing, for instance).
pub fn run(mut command: Command, limits: ProcessLimits) -> std::io::Result<ProcessOutcome> {
    let start = Instant::now();
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut wrapped = CommandWrap::from(command);
    // Its own group, so that stopping the group reaches every process it started.
    #[cfg(unix)]
    wrapped.wrap(process_wrap::std::ProcessGroup::leader());
    #[cfg(windows)]
    wrapped.wrap(process_wrap::std::JobObject);
    let mut child = wrapped.spawn()?;
    let stdout = capture(child.stdout().take(), limits.output);
    let stderr = capture(child.stderr().take(), limits.output);
    let status = wait_until(child.as_mut(), start + limits.time)?;
    // Whatever the child left behind goes with it, even after a normal exit. "No such process"
    // is the usual answer: everything had already exited.
    let _ = child.start_kill();
    if status.is_none() {
        // Reap the killed child so it does not linger as a zombie.
        let _ = child.wait();
    }
    let drained = Instant::now() + DRAIN;
    Ok(ProcessOutcome {
        status,
        stdout: stdout.finish(drained),
        stderr: stderr.finish(drained),
        wall: start.elapsed(),
    })
}

fn wait_until(
    child: &mut dyn ChildWrapper,
    deadline: Instant,
) -> std::io::Result<Option<ExitStatus>> {
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            return Ok(None);
        }
        thread::sleep(POLL);
    }
}

/// A stream being read on a thread of its own into a capped buffer.
struct Reader {
    captured: Arc<Mutex<Captured>>,
    done: Option<thread::JoinHandle<()>>,
}

fn capture(stream: Option<impl Read + Send + 'static>, cap: usize) -> Reader {
    let captured = Arc::new(Mutex::new(Captured::default()));
    let sink = Arc::clone(&captured);
    let done = stream.map(|mut stream| {
        thread::spawn(move || {
            let mut chunk = [0_u8; 8192];
            while let Ok(read) = stream.read(&mut chunk) {
                if read == 0 {
                    break;
                }
                let mut captured = sink.lock().unwrap_or_else(PoisonError::into_inner);
                let room = cap.saturating_sub(captured.bytes.len()).min(read);
                captured.bytes.extend_from_slice(&chunk[..room]);
                captured.dropped += (read - room) as u64;
            }
        })
    });
    Reader { captured, done }
}

impl Reader {
    /// What was read, once the stream closed or `deadline` passed: a process that escaped the
    /// group could hold the pipe open forever, and the checker must not wait for it.
    fn finish(self, deadline: Instant) -> Captured {
        if let Some(done) = self.done {
            while !done.is_finished() && Instant::now() < deadline {
                thread::sleep(POLL);
            }
        }
        let mut captured = self.captured.lock().unwrap_or_else(PoisonError::into_inner);
        std::mem::take(&mut *captured)
    }
}
