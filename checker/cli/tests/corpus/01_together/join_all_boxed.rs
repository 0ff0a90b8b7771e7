//! Expect: solved
//! Boxes both futures so they fit in one `Vec`, runs them with `join_all` and takes the two results back out in list order.

use futures::FutureExt as _;
use futures::future::join_all;
use stand_ins::{task_one, task_two};

/// Runs `task_one` and `task_two` and returns their results, task one's first.
pub async fn run_both() -> (String, String) {
    let mut results = join_all(vec![task_one().boxed(), task_two().boxed()]).await;
    let second = results.pop().expect("two results");
    let first = results.pop().expect("two results");
    (first, second)
}
