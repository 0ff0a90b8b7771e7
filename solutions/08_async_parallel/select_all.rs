//! # Exercise 08: write `async.parallel` yourself (another answer: a `select_all` loop)
//!
//! `futures::future::select_all` polls every future of a list at once and ends with the first
//! one to finish: its output, its index, and the futures still running. Looping on it takes the
//! results in the order the tasks finish, so an `Err` is seen the moment it happens; `?` returns
//! it, and the futures still running are dropped on the way out, which cancels them.
//!
//! Each task carries its place in the list (or its name), so its value lands in its slot
//! whatever order the tasks finish in. `select_all` panics on an empty list, so the loop checks
//! that something is still running before it waits.

use std::collections::BTreeMap;

use futures::TryFutureExt as _;
use futures::future::{BoxFuture, select_all};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let mut slots: Vec<Option<T>> = tasks.iter().map(|_| None).collect();
    let mut running: Vec<_> = tasks
        .into_iter()
        .enumerate()
        .map(|(place, task)| task.map_ok(move |value| (place, value)))
        .collect();
    while !running.is_empty() {
        let (finished, _, rest) = select_all(running).await;
        let (place, value) = finished?;
        slots[place] = Some(value);
        running = rest;
    }
    // The loop only ends once every task has given its value, so every slot is filled.
    Ok(slots.into_iter().flatten().collect())
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let mut results = BTreeMap::new();
    let mut running: Vec<_> = tasks
        .into_iter()
        .map(|(name, task)| task.map_ok(move |value| (name, value)))
        .collect();
    while !running.is_empty() {
        let (finished, _, rest) = select_all(running).await;
        let (name, value) = finished?;
        results.insert(name, value);
        running = rest;
    }
    Ok(results)
}
