//! # Exercise 08: write `async.parallel` yourself (solution)
//!
//! `try_join_all` polls every future of the list inside the current task, so all of them start
//! at once and the run takes as long as the slowest. It keeps each output in its future's place,
//! so the results come back in list order, whichever finishes first. The first `Err` ends it: it
//! returns that error at once and drops the futures still running, which cancels them. That is
//! `async.parallel` with a list, in one call.
//!
//! A map needs no second mechanism: its names and its tasks come apart with `unzip` (in the same
//! order), the tasks run as a list, and `zip` puts each result back beside its name.

use std::collections::BTreeMap;

use futures::future::{BoxFuture, try_join_all};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    try_join_all(tasks).await
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let results = try_join_all(tasks).await?;
    Ok(names.into_iter().zip(results).collect())
}
