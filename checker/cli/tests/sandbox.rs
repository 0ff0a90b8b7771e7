//! The child-process guard: a time limit that stops the whole process group, grandchildren
//! included, and output that is capped but fully drained. The children are `sh` scripts, so
//! these run on Unix; Windows's job objects are process-wrap's own tested code.
#![cfg(unix)]

use std::path::Path;
use std::process::Command;
use std::time::Duration;

use checker::engine::sandbox::{self, ProcessLimits};

/// Reads `/proc`, so Linux only.
#[cfg(target_os = "linux")]
#[test]
fn the_time_limit_stops_the_child_and_everything_it_started() {
    use std::time::Instant;

    let mut command = Command::new("sh");
    // The grandchild prints its pid, then both would sleep for half a minute.
    command.args(["-c", "sleep 30 & echo $!; wait"]);
    let limits = ProcessLimits {
        time: Duration::from_millis(300),
        output: 1024,
    };
    let outcome = sandbox::run(command, limits).expect("sh runs");
    assert!(outcome.timed_out());
    assert!(
        outcome.wall < Duration::from_secs(5),
        "took {:?}",
        outcome.wall
    );
    let grandchild = String::from_utf8_lossy(&outcome.stdout.bytes)
        .trim()
        .to_owned();
    // SIGKILL lands asynchronously: give the kernel a moment to finish the grandchild off.
    // Gone, or a zombie waiting for init to reap it: either way it no longer runs.
    let stopped = || {
        let stat = std::fs::read_to_string(format!("/proc/{grandchild}/stat")).unwrap_or_default();
        stat.is_empty() || stat.contains(") Z")
    };
    let deadline = Instant::now() + Duration::from_secs(2);
    while !stopped() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(10));
    }
    assert!(
        stopped(),
        "the grandchild {grandchild} survived the time limit"
    );
}

#[test]
fn output_beyond_the_cap_is_counted_and_dropped() {
    let mut command = Command::new("sh");
    command.args(["-c", "head -c 3000000 /dev/zero; echo done >&2"]);
    let limits = ProcessLimits {
        time: Duration::from_secs(10),
        output: 1000,
    };
    let outcome = sandbox::run(command, limits).expect("sh runs");
    assert!(outcome.success());
    assert_eq!(outcome.stdout.bytes.len(), 1000);
    assert_eq!(outcome.stdout.dropped, 3_000_000 - 1000);
    assert_eq!(outcome.stderr.text().trim(), "done");
    assert!(
        outcome
            .stdout
            .text()
            .ends_with("[... 2999000 more bytes not shown]")
    );
}

/// Where bubblewrap works, a sandboxed process writes into the folders it is given and nowhere
/// else, and reaches no network. `.ci/run` installs bubblewrap and sets
/// `ASYNCLINGS_REQUIRE_SANDBOX`, so there this test cannot be skipped.
#[test]
fn a_sandboxed_process_writes_only_where_it_may() {
    if let Err(reason) = sandbox::isolation() {
        assert!(
            std::env::var_os("ASYNCLINGS_REQUIRE_SANDBOX").is_none(),
            "bubblewrap must work here (ASYNCLINGS_REQUIRE_SANDBOX is set), but {reason}"
        );
        eprintln!("the sandbox is not tested: {reason}");
        return;
    }
    let scratch = tempfile::tempdir().expect("a scratch folder");
    let outside = Path::new(env!("CARGO_TARGET_TMPDIR")).join("written-from-the-sandbox");
    let _ = std::fs::remove_file(&outside);
    let mut command = Command::new("sh");
    command.arg("-c").arg(format!(
        "echo ok > {}/inside; echo no > {}; cat /proc/net/dev",
        scratch.path().display(),
        outside.display()
    ));
    let isolated = sandbox::isolated(&command, &[scratch.path()]).expect("bubblewrap is available");
    let limits = ProcessLimits {
        time: Duration::from_secs(10),
        output: 1 << 16,
    };
    let outcome = sandbox::run(isolated, limits).expect("bwrap runs");
    assert_eq!(
        std::fs::read_to_string(scratch.path().join("inside"))
            .ok()
            .as_deref(),
        Some("ok\n")
    );
    assert!(!outside.exists(), "the sandbox wrote outside its folders");
    // A network namespace of its own: the loopback interface and nothing else.
    let interfaces: Vec<String> = outcome
        .stdout
        .text()
        .lines()
        .skip(2)
        .filter_map(|line| line.split(':').next().map(|name| name.trim().to_owned()))
        .collect();
    assert_eq!(interfaces, ["lo"], "the sandbox sees the machine's network");
}
