//! # Exercise 08: write `async.parallel` yourself (another answer: `tokio::task::JoinSet`)
//!
//! A `JoinSet` hands each task to the runtime, which starts it at once, and `join_next` gives the
//! outputs back as the tasks finish. Each task carries its place in the list (or its name), so
//! the results can be put back in order. On the first error the function returns, the set is
//! dropped, and dropping a `JoinSet` aborts every task still in it: nothing runs on unseen.
//!
//! The runtime may move a spawned task to another thread, so its output must be `Send`, and it
//! may outlive the caller, so it must be `'static`: this answer asks that of `T`, where the
//! others need nothing.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
use tokio::task::JoinSet;

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
/// When a task panics: its panic is passed on.
pub async fn parallel<T: Send + 'static>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let mut set = JoinSet::new();
    for (place, task) in tasks.into_iter().enumerate() {
        set.spawn(async move { (place, task.await) });
    }
    let mut results = Vec::with_capacity(set.len());
    while let Some(joined) = set.join_next().await {
        let (place, result) =
            joined.unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic()));
        // `?` returns here on the first error; `set` is dropped on the way out.
        results.push((place, result?));
    }
    results.sort_unstable_by_key(|&(place, _)| place);
    Ok(results.into_iter().map(|(_, value)| value).collect())
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
///
/// # Panics
/// When a task panics: its panic is passed on.
pub async fn parallel_named<T: Send + 'static>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let mut set = JoinSet::new();
    for (name, task) in tasks {
        set.spawn(async move { (name, task.await) });
    }
    let mut results = BTreeMap::new();
    while let Some(joined) = set.join_next().await {
        let (name, result) =
            joined.unwrap_or_else(|error| std::panic::resume_unwind(error.into_panic()));
        results.insert(name, result?);
    }
    Ok(results)
}
