//! Expect: solved
//! Feeds the tagged tasks through `buffer_unordered` with room for all of them, so results come in finishing order and `try_collect` stops at the first error in time.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use futures::stream::{self, StreamExt as _};
use futures::{TryFutureExt as _, TryStreamExt as _};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` and returns their results in list order, or the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let room = tasks.len().max(1);
    let mut placed: Vec<(usize, T)> = stream::iter(
        tasks
            .into_iter()
            .enumerate()
            .map(|(place, task)| task.map_ok(move |value| (place, value))),
    )
    .buffer_unordered(room)
    .try_collect()
    .await?;
    placed.sort_by_key(|&(place, _)| place);
    Ok(placed.into_iter().map(|(_, value)| value).collect())
}

/// Runs every task in `tasks` and returns each result under its task's name, or the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let room = tasks.len().max(1);
    stream::iter(
        tasks
            .into_iter()
            .map(|(name, task)| task.map_ok(move |value| (name, value))),
    )
    .buffer_unordered(room)
    .try_collect()
    .await
}
