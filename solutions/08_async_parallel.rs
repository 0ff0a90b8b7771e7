//! # Exercise 08: write `async.parallel` yourself (solution)
//!
//! A `FuturesUnordered` polls every task of the list inside the current task, so all of them
//! start at once and the run takes as long as the slowest. It yields each output the moment its
//! task ends, in the order they finish, so `try_collect` sees an `Err` as soon as it happens,
//! whichever place its task has in the list: it returns that error at once, and the stream is
//! dropped with the tasks still running, which cancels them. That is the "first error" of
//! `async.parallel`: the first in time, not the first in the list.
//!
//! Finishing order is not list order, so each task carries its place (`map_ok` pairs its value
//! with it) and the values are sorted back into place at the end.
//!
//! `try_join_all` looks like the same thing in one call, but only up to 30 futures: above that it
//! collects a `FuturesOrdered` in list order, and an error waits until every task before it in
//! the list has ended.
//!
//! A map needs nothing more: each value travels with its name instead of its place, and the
//! `BTreeMap` puts the names in order.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use futures::{TryFutureExt as _, TryStreamExt as _};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let mut placed: Vec<(usize, T)> = tasks
        .into_iter()
        .enumerate()
        .map(|(place, task)| task.map_ok(move |value| (place, value)))
        .collect::<FuturesUnordered<_>>()
        .try_collect()
        .await?;
    placed.sort_unstable_by_key(|&(place, _)| place);
    Ok(placed.into_iter().map(|(_, value)| value).collect())
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    tasks
        .into_iter()
        .map(|(name, task)| task.map_ok(move |value| (name, value)))
        .collect::<FuturesUnordered<_>>()
        .try_collect()
        .await
}
