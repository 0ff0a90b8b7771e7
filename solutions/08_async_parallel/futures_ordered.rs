//! # Exercise 08: write `async.parallel` yourself (another answer: streams)
//!
//! `FuturesOrdered` is a stream that polls all its futures at once but yields their outputs in
//! the order they were pushed, so the list keeps its order. `try_collect` gathers the values and
//! stops at the first `Err`; the stream is dropped then, and with it the futures still running.
//!
//! For the map the order of arrival does not matter, because each result travels with its name:
//! `FuturesUnordered` yields them as they finish, and the `BTreeMap` sorts them by name.

use std::collections::BTreeMap;

use futures::TryStreamExt as _;
use futures::future::BoxFuture;
use futures::stream::{FuturesOrdered, FuturesUnordered};

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    tasks
        .into_iter()
        .collect::<FuturesOrdered<_>>()
        .try_collect()
        .await
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
        .map(|(name, task)| async move { Ok::<_, String>((name, task.await?)) })
        .collect::<FuturesUnordered<_>>()
        .try_collect()
        .await
}
