//! Expect: not yet
//! Spawns every task, then awaits the handles in list order with `?`: an error behind a slower, earlier task comes back late, and the other tasks run on.

use std::collections::BTreeMap;

use futures::future::BoxFuture;

pub type Task<T> = BoxFuture<'static, Result<T, String>>;

pub async fn parallel<T: Send + 'static>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let handles: Vec<_> = tasks.into_iter().map(tokio::spawn).collect();
    let mut values = Vec::with_capacity(handles.len());
    for handle in handles {
        values.push(handle.await.map_err(|error| error.to_string())??);
    }
    Ok(values)
}

pub async fn parallel_named<T: Send + 'static>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let values = parallel(tasks).await?;
    Ok(names.into_iter().zip(values).collect())
}
