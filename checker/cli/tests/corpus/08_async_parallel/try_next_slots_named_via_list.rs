//! Expect: solved
//! Pulls place-tagged results from a `FuturesUnordered` with `try_next` into a slot per task, returning the first error as it happens; the named version splits the map into names and tasks and reuses `parallel`.

use std::collections::BTreeMap;

use futures::future::BoxFuture;
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
    let mut slots: Vec<Option<T>> = tasks.iter().map(|_| None).collect();
    let mut running: FuturesUnordered<_> = tasks
        .into_iter()
        .enumerate()
        .map(|(place, task)| task.map_ok(move |value| (place, value)))
        .collect();
    while let Some((place, value)) = running.try_next().await? {
        slots[place] = Some(value);
    }
    Ok(slots.into_iter().flatten().collect())
}

/// Runs every task in `tasks` and returns each result under its task's name, or the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let values = parallel(tasks).await?;
    Ok(names.into_iter().zip(values).collect())
}
