//! # Exercise 08, a known wrong answer: spawning every task, then awaiting the handles in order
//!
//! Two mistakes in one loop. Spawning starts every task at once, but the handles are awaited in
//! list order, so an error is seen only once every task before it in the list has ended: on
//! `long` 1000 ms, `medium` failing at 500 ms and `short` 200 ms, it comes back at 1000 ms. And
//! when `?` returns, the handles not yet awaited are dropped, which does not stop their tasks:
//! they run on in the background.
//!
//! Fails with: timing, cancellation

use std::collections::BTreeMap;

use futures::future::BoxFuture;

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message, boxed so that different futures fit in one collection.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` at the same time and returns their results in list order, or the
/// first error in list order.
///
/// # Errors
/// The error of the first task in the list to fail.
///
/// # Panics
/// When a task panics.
pub async fn parallel<T: Send + 'static>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let handles: Vec<_> = tasks.into_iter().map(tokio::spawn).collect();
    let mut results = Vec::with_capacity(handles.len());
    for handle in handles {
        results.push(handle.await.expect("a task panicked")?);
    }
    Ok(results)
}

/// Runs every task in `tasks` at the same time and returns each result under its task's name, or
/// the first error in name order.
///
/// # Errors
/// The error of the first task in name order to fail.
///
/// # Panics
/// When a task panics.
pub async fn parallel_named<T: Send + 'static>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let handles: Vec<_> = tasks
        .into_iter()
        .map(|(name, task)| (name, tokio::spawn(task)))
        .collect();
    let mut results = BTreeMap::new();
    for (name, handle) in handles {
        results.insert(name, handle.await.expect("a task panicked")?);
    }
    Ok(results)
}
