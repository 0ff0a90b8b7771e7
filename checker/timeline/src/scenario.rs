//! What the stand-in tasks do in one run, drawn from a seed so that every run can be replayed.

use std::collections::BTreeMap;
use std::ops::RangeInclusive;
use std::sync::OnceLock;
use std::time::Duration;

use stand_ins::__harness::{Outcome, Plan, millis};

/// The environment variable that fixes the seed of every scenario, to replay a run exactly.
pub const SEED_VAR: &str = "ASYNCLINGS_SEED";

/// The plan of one check's run: for each task label (`task_one`, `fetch_user(7)`), its duration
/// and outcome. Random choices come from the run's seed mixed with the check's name, so a check
/// draws the same scenario whatever order the tests run in.
#[derive(Debug)]
pub struct Scenario {
    check: String,
    seed: u64,
    rng: fastrand::Rng,
    plans: BTreeMap<String, Plan>,
}

impl Scenario {
    /// A scenario for the check called `check`, seeded from [`run_seed`].
    pub fn new(check: &str) -> Self {
        Self::with_seed(check, run_seed())
    }

    /// A scenario with a given seed, for tests of the harness itself.
    pub fn with_seed(check: &str, seed: u64) -> Self {
        Self {
            check: check.to_owned(),
            seed,
            rng: fastrand::Rng::with_seed(seed ^ fnv1a(check)),
            plans: BTreeMap::new(),
        }
    }

    /// The name of the check this scenario belongs to.
    pub fn check_name(&self) -> &str {
        &self.check
    }

    /// The seed that replays this scenario.
    pub fn seed(&self) -> u64 {
        self.seed
    }

    /// A random duration within `range`, in whole hundreds of milliseconds so that timelines stay
    /// readable.
    pub fn duration_ms(&mut self, range: RangeInclusive<u64>) -> u64 {
        self.rng
            .u64(range.start().div_ceil(100)..=range.end() / 100)
            * 100
    }

    /// A random four-digit token, to make each returned value unique to this run.
    pub fn token(&mut self) -> String {
        format!("{:04}", self.rng.u32(0..10_000))
    }

    /// The random number generator, for choices a check makes itself (shuffles, ids).
    pub fn rng(&mut self) -> &mut fastrand::Rng {
        &mut self.rng
    }

    /// Plans the task `task`: it runs for `ms` milliseconds, then ends with `outcome`.
    pub fn plan(&mut self, task: impl Into<String>, ms: u64, outcome: Outcome) -> &mut Self {
        let plan = Plan {
            duration: Duration::from_millis(ms),
            outcome,
        };
        self.plans.insert(task.into(), plan);
        self
    }

    /// How long `task` was planned to take, in milliseconds.
    pub fn planned_ms(&self, task: &str) -> Option<u64> {
        self.plans.get(task).map(|plan| millis(plan.duration))
    }

    pub(crate) fn plans(&self) -> &BTreeMap<String, Plan> {
        &self.plans
    }
}

/// The seed of this test process: `ASYNCLINGS_SEED` when it is set, a random one otherwise.
///
/// # Panics
/// When `ASYNCLINGS_SEED` is set to something that is not a whole number.
pub fn run_seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| match std::env::var(SEED_VAR) {
        Ok(text) => text.trim().parse().unwrap_or_else(|_| {
            panic!("{SEED_VAR} must be a whole number, such as {SEED_VAR}=42, but it is {text:?}")
        }),
        // Six digits are easy to read back from a failure message and type in again.
        Err(_) => fastrand::u64(0..1_000_000),
    })
}

/// FNV-1a: a stable hash, so that a check's scenario does not change between Rust releases.
fn fnv1a(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3)
    })
}
