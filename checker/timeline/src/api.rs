//! The stand-ins for slow I/O that the exercises call. Each one is a named task whose duration and
//! result the test's [`Scenario`](crate::Scenario) decides; awaiting it sleeps on tokio's clock.

use crate::scenario::Outcome;
use crate::session::call;

/// The first task of the course's opening program (1000 ms in the JavaScript original).
pub async fn task_one() -> String {
    value_of("task_one", call("task_one").await)
}

/// The second task of the course's opening program (500 ms in the JavaScript original).
pub async fn task_two() -> String {
    value_of("task_two", call("task_two").await)
}

/// The value of a task that cannot fail.
fn value_of(task: &str, outcome: Outcome) -> String {
    match outcome {
        Outcome::Value(value) => value,
        other => {
            panic!("the test planned {task} to end with {other:?}, but {task} returns a value")
        }
    }
}
