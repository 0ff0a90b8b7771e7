//! Expect: solved
//! Folds the results of a `FuturesUnordered` with `try_fold`, placing each value by its index or name; the first `Err` ends the fold at once and drops the rest.

use std::collections::BTreeMap;

use futures::future::{BoxFuture, ready};
use futures::stream::FuturesUnordered;
use futures::{TryFutureExt as _, TryStreamExt as _};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` and returns their results in list order, or the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let slots: Vec<Option<T>> = tasks.iter().map(|_| None).collect();
    let slots = tasks
        .into_iter()
        .enumerate()
        .map(|(place, task)| task.map_ok(move |value| (place, value)))
        .collect::<FuturesUnordered<_>>()
        .try_fold(slots, |mut slots, (place, value)| {
            slots[place] = Some(value);
            ready(Ok(slots))
        })
        .await?;
    Ok(slots.into_iter().flatten().collect())
}

/// Runs every task in `tasks` and returns each result under its task's name, or the first error.
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
        .try_fold(BTreeMap::new(), |mut results, (name, value)| {
            results.insert(name, value);
            ready(Ok(results))
        })
        .await
}
