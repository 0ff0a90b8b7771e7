//! # Exercise 08, a known wrong answer: `try_join_all`, which fails fast only up to 30 futures
//!
//! The mistake: trusting `try_join_all` to return the first error at once for any number of
//! tasks. Up to 30 futures it does. Above 30 (futures-util 0.3.x, rust-lang/futures-rs#2866) it
//! switches to `FuturesOrdered` with `try_collect`, which sees an error only once every future
//! before it in the list has ended: 31 tasks, the last failing at 100 ms and the others ending at
//! 1000 ms, return the error at 1000 ms and cancel nothing. On three tasks it passes; on forty it
//! breaks the promise it made.
//!
//! Fails with: timing

use std::collections::BTreeMap;

use futures::future::{BoxFuture, try_join_all};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error: at once up to 30 tasks, in list order above.
///
/// # Errors
/// The error of a task that failed.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    try_join_all(tasks).await
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error: at once up to 30 tasks, in name order above.
///
/// # Errors
/// The error of a task that failed.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let results = try_join_all(tasks).await?;
    Ok(names.into_iter().zip(results).collect())
}
