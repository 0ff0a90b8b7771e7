//! # Exercise 08, a known wrong answer: `buffered(n)` with `try_collect`
//!
//! The mistake: taking `async.parallelLimit`'s counterpart with a limit as large as the list.
//! Every task does start at once, but `buffered` yields the outputs in list order (it is a
//! `FuturesOrdered` inside), so `try_collect` sees an error only once every task before it in
//! the list has ended: on `long` 1000 ms, `medium` failing at 500 ms and `short` 200 ms, the
//! error comes back at 1000 ms, where `async.parallel` calls back at 500 ms.
//!
//! Fails with: timing

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use futures::stream::{self, StreamExt as _};
use futures::{TryFutureExt as _, TryStreamExt as _};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error in list order.
///
/// # Errors
/// The error of the first task in the list to fail.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    // At least one: `buffered(0)` never takes a task, and an empty list would never end.
    let limit = tasks.len().max(1);
    stream::iter(tasks).buffered(limit).try_collect().await
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error in name order.
///
/// # Errors
/// The error of the first task in name order to fail.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let limit = tasks.len().max(1);
    let named = tasks
        .into_iter()
        .map(|(name, task)| task.map_ok(move |value| (name, value)));
    stream::iter(named).buffered(limit).try_collect().await
}
