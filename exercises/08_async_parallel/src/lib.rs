//! # Exercise 08: write `async.parallel` yourself
//!
//! Node's `async` library has a call that takes a bundle of tasks, runs them all at the same time
//! and hands back every result at once, or the first error. Here you write that call in Rust, for
//! any kind of result:
//!
//! - `parallel` takes a list of tasks and returns their results in list order, whichever task
//!   finishes first;
//! - `parallel_named` takes a map from names to tasks and returns a map from the same names to
//!   the results;
//! - both stop at the first task that fails and return its error at once: the first to fail in
//!   time, even when slower tasks come before it in the list. The other tasks' results can no
//!   longer be used, so they are dropped, which cancels them. This holds for any number of tasks.
//!
//! The code below awaits the tasks one after another, so a run takes as long as all the tasks
//! added together: 1700 ms for the course's tasks of 200, 500 and 1000 ms, instead of 1000 ms.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! const async = require("async");
//!
//! // a list of tasks: the results come back in list order, after 1000 ms
//! async.parallel([short, medium, long], (err, results) => {
//!   // results: ["resultOfShortTime", "resultOfMediumTime", "resultOfLongTime"]
//! });
//!
//! // an object of named tasks: the results come back under the same names
//! async.parallel({ short, medium, long }, (err, results) => {
//!   // results: { short: "resultOfShortTime", medium: "resultOfMediumTime", ... }
//! });
//!
//! // a task that calls back with several values, callback(null, "a", "b"),
//! // gives them back together as an array: ["a", "b"]
//! ```
//!
//! Several values need nothing extra in Rust: a task whose result type is `Vec<String>` gives
//! back a `Vec<String>`. The tests call `parallel_named` with such tasks.
//!
//! Worth a look: `futures::stream::FuturesUnordered` with `futures::TryStreamExt::try_collect`
//! (it yields each result as its task finishes, so let each task carry its place in the list),
//! `futures::TryFutureExt::map_ok`, and `tokio::task::JoinSet`. Beware of anything that collects
//! in list order (`FuturesOrdered`, `buffered`, handles awaited one by one): it sees an error only
//! once every task before it has ended. `futures::future::try_join_all` is one of them above 30
//! futures.
//! Check your work with `cargo test -p parallel`; read the chapter with `mdbook serve book`.

use std::collections::BTreeMap;

use futures::future::BoxFuture;

/// One task handed to [`parallel`] or [`parallel_named`]: a future that ends with a value or an
/// error message.
///
/// Every `async` block and every `async fn` call has a type of its own, even when two of them
/// look the same. A `Vec` holds values of one type only, so each task is put in a box and seen
/// through one shared type, "some future that can be sent to another thread". That is what
/// `BoxFuture` means, and `Box::pin(job("short"))` makes one. `'static` says the task borrows
/// nothing that could go away while it runs.
pub type Task<T> = BoxFuture<'static, Result<T, String>>;

/// Runs every task in `tasks` and returns their results in list order, or the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel<T>(tasks: Vec<Task<T>>) -> Result<Vec<T>, String> {
    // TODO: each task is only polled once the one before it has ended, so they run one after
    // another. Poll them all at once, keep the results in list order, and stop at the first
    // error.
    let mut results = Vec::with_capacity(tasks.len());
    for task in tasks {
        results.push(task.await?);
    }
    Ok(results)
}

/// Runs every task in `tasks` and returns each result under its task's name, or the first error.
///
/// # Errors
/// The error of the first task to fail, as soon as it fails.
pub async fn parallel_named<T>(
    tasks: BTreeMap<&'static str, Task<T>>,
) -> Result<BTreeMap<&'static str, T>, String> {
    // TODO: the same mistake, in name order. Run the tasks together; the names only say where
    // each result goes.
    let mut results = BTreeMap::new();
    for (name, task) in tasks {
        results.insert(name, task.await?);
    }
    Ok(results)
}
