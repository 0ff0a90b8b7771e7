//! # Exercise 08, a known wrong answer: `FuturesOrdered` with `try_collect`
//!
//! The mistake: stopping at the first error in LIST order instead of the first in time.
//! `FuturesOrdered` polls every task at once, but it yields their outputs in the order they went
//! in, so `try_collect` sees a task's `Err` only once every task before it in the list has ended.
//! On `long` 1000 ms, `medium` failing at 500 ms and `short` 200 ms, the error comes back at
//! 1000 ms. The map version keeps the same order by unzipping the names first.
//!
//! Fails with: timing

use std::collections::BTreeMap;

use futures::TryStreamExt as _;
use futures::future::BoxFuture;
use futures::stream::FuturesOrdered;

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error in list order, once every task before it has ended.
///
/// # Errors
/// The error of the first task in the list to fail.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    tasks
        .into_iter()
        .collect::<FuturesOrdered<_>>()
        .try_collect()
        .await
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error in name order.
///
/// # Errors
/// The error of the first task in name order to fail.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let results: Vec<T> = tasks
        .into_iter()
        .collect::<FuturesOrdered<_>>()
        .try_collect()
        .await?;
    Ok(names.into_iter().zip(results).collect())
}
