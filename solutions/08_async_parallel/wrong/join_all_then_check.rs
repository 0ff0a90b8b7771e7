//! # Exercise 08, a known wrong answer: `join_all`, then looking for an error
//!
//! The mistake: waiting for every task before looking at the results. `join_all` runs the tasks
//! together and keeps the list order, and collecting its `Result`s into one `Result` does stop
//! at the first `Err`, but only once the slowest task has ended: the error comes back late, and
//! the tasks whose results could no longer be used ran to their end instead of being cancelled.
//! It is `Promise.allSettled` followed by a check, not `async.parallel`.
//!
//! Fails with: timing, cancellation

use std::collections::BTreeMap;

use futures::future::{BoxFuture, join_all};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error in list order, once every task has ended.
///
/// # Errors
/// The error of the first task in the list to fail.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    join_all(tasks).await.into_iter().collect()
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error in name order, once every task has ended.
///
/// # Errors
/// The error of the first task in name order to fail.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let results = join_all(tasks).await;
    names
        .into_iter()
        .zip(results)
        .map(|(name, result)| Ok((name, result?)))
        .collect()
}
