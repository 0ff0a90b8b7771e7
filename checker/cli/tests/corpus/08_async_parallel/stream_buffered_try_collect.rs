//! Expect: not yet
//! Runs the tasks through `buffered(n)` and `try_collect`: the results come in list order, so an error waits for every slower task before it.

use std::collections::BTreeMap;

use futures::future::BoxFuture;

pub type Task<T> = BoxFuture<'static, Result<T, String>>;

use futures::stream::{self, StreamExt as _, TryStreamExt as _};

pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    let count = tasks.len().max(1);
    stream::iter(tasks).buffered(count).try_collect().await
}

pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    let (names, tasks): (Vec<_>, Vec<_>) = tasks.into_iter().unzip();
    let values = parallel(tasks).await?;
    Ok(names.into_iter().zip(values).collect())
}
