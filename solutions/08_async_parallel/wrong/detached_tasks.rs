//! # Exercise 08, a known wrong answer: spawned tasks left running after the error
//!
//! The mistake: spawning each task and returning on the first error without stopping the
//! others. The results are taken as the tasks finish, so the error does come back the moment it
//! happens. But dropping a `JoinHandle` only detaches its task: every task still running goes on
//! in the background, for results nobody will read. A `JoinSet` (which aborts its tasks when it
//! is dropped), `JoinHandle::abort`, or futures that are never spawned would stop them.
//!
//! Fails with: cancellation

use std::collections::BTreeMap;

use futures::TryStreamExt as _;
use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
///
/// # Panics
/// When a task panics.
pub async fn parallel<T: Send + 'static>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let mut placed: Vec<(usize, T)> = tasks
        .into_iter()
        .enumerate()
        .map(|(place, task)| {
            let handle = tokio::spawn(task);
            async move {
                let value = handle.await.expect("a task panicked")?;
                Ok::<_, String>((place, value))
            }
        })
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
///
/// # Panics
/// When a task panics.
pub async fn parallel_named<T: Send + 'static>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    tasks
        .into_iter()
        .map(|(name, task)| {
            let handle = tokio::spawn(task);
            async move {
                let value = handle.await.expect("a task panicked")?;
                Ok::<_, String>((name, value))
            }
        })
        .collect::<FuturesUnordered<_>>()
        .try_collect()
        .await
}
