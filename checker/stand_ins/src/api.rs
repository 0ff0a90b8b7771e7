//! The stand-ins for slow I/O that the exercises call. Each one is a named task whose duration and
//! result the test's scenario decides; awaiting it sleeps on tokio's clock. One kind is not I/O
//! but computation (`resize_image`): a plain function that keeps its thread busy for its planned
//! time.
//!
//! A stand-in's name in the trace is the call as it was written, arguments included
//! (`fetch_user_by_id(7)`), so a timeline shows which call ran when, and a test can tell whether
//! a dependent call got the real result of the call before it.
//!
//! They are grouped by the exercise that introduces them; later exercises reuse earlier ones.

use crate::event::Outcome;
use crate::recorder::{call, compute};

// Exercise 01: the course's opening program.

/// The first task of the course's opening program (1000 ms in the JavaScript original).
pub async fn task_one() -> String {
    value_of("task_one", call("task_one").await)
}

/// The second task of the course's opening program (500 ms in the JavaScript original).
pub async fn task_two() -> String {
    value_of("task_two", call("task_two").await)
}

// Exercises 02 and 04: the three loads behind a dashboard.

/// Loads the signed-in user (100 ms in the course's dashboard).
pub async fn fetch_user() -> String {
    value_of("fetch_user", call("fetch_user").await)
}

/// Loads the latest posts (100 ms in the course's dashboard).
pub async fn fetch_posts() -> String {
    value_of("fetch_posts", call("fetch_posts").await)
}

/// Loads the latest comments (100 ms in the course's dashboard).
pub async fn fetch_comments() -> String {
    value_of("fetch_comments", call("fetch_comments").await)
}

/// Loads the site's statistics.
pub async fn fetch_stats() -> String {
    value_of("fetch_stats", call("fetch_stats").await)
}

/// Loads the avatar of `user`, a value that [`fetch_user`] returned: it cannot start before the
/// user has arrived.
pub async fn fetch_avatar(user: &str) -> String {
    let task = format!("fetch_avatar({user})");
    value_of(&task, call(task.clone()).await)
}

// Exercise 03: one request per id.

/// Loads the user whose id is `id`.
pub async fn fetch_user_by_id(id: u32) -> String {
    let task = format!("fetch_user_by_id({id})");
    value_of(&task, call(task.clone()).await)
}

// Exercise 05: three loads that can fail.

/// Loads the shopping cart; it fails with a message such as `"HTTP 503"`.
pub async fn load_cart() -> Result<String, String> {
    result_of("load_cart", call("load_cart").await)
}

/// Checks that every item in the cart is in stock; it can fail.
pub async fn check_stock() -> Result<String, String> {
    result_of("check_stock", call("check_stock").await)
}

/// Asks the carrier for a shipping quote; it can fail.
pub async fn quote_shipping() -> Result<String, String> {
    result_of("quote_shipping", call("quote_shipping").await)
}

// Exercise 06: downloads where some fail.

/// Downloads `url` and returns its body, or the reason it could not.
pub async fn fetch_url(url: &str) -> Result<String, String> {
    let task = format!("fetch_url({url})");
    result_of(&task, call(task.clone()).await)
}

// Exercise 07: work that needs other work's results.

/// Looks up an item's price.
pub async fn fetch_price() -> String {
    value_of("fetch_price", call("fetch_price").await)
}

/// Looks up the customer's discount.
pub async fn fetch_discount() -> String {
    value_of("fetch_discount", call("fetch_discount").await)
}

/// Places the order at `price` less `discount`: it needs both.
pub async fn place_order(price: &str, discount: &str) -> String {
    let task = format!("place_order({price}, {discount})");
    value_of(&task, call(task.clone()).await)
}

/// Loads the posts that `user` wrote, a value that [`fetch_user`] returned.
pub async fn fetch_posts_by(user: &str) -> String {
    let task = format!("fetch_posts_by({user})");
    value_of(&task, call(task.clone()).await)
}

/// Loads what is trending on the site; it needs nothing else.
pub async fn fetch_trending() -> String {
    value_of("fetch_trending", call("fetch_trending").await)
}

// Exercise 08: the tasks handed to an `async.parallel`-style call.

/// A task named `name` that ends with one value or an error, as a Node callback called with
/// `(null, value)` or `(error)` does.
pub async fn job(name: &str) -> Result<String, String> {
    result_of(name, call(name).await)
}

/// A task named `name` that ends with several values or an error, as a Node callback called with
/// `(null, a, b)` does.
pub async fn job_with_values(name: &str) -> Result<Vec<String>, String> {
    match call(name).await {
        Outcome::Values(values) => Ok(values),
        Outcome::Value(value) => Ok(vec![value]),
        Outcome::Error(error) => Err(error),
    }
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

/// The value or the error of a task that can fail.
fn result_of(task: &str, outcome: Outcome) -> Result<String, String> {
    match outcome {
        Outcome::Value(value) => Ok(value),
        Outcome::Error(error) => Err(error),
        Outcome::Values(values) => panic!(
            "the test planned {task} to end with the values {values:?}, but {task} returns one \
             value"
        ),
    }
}

// Exercise 09: a callback API, in the shape of Node's `fs.readFile(path, (err, data) => ...)`.

/// Reads the file at `path` and hands the outcome to `callback`: the file's text, or the reason
/// it could not be read. Like Node's `fs.readFile`, it returns at once; the read runs in a task
/// of its own, started here, and `callback` is called once, from that task, when the read ends.
/// The `Result` stands for Node's two arguments `(err, data)`, of which only one is ever set.
///
/// # Panics
/// When called outside a tokio runtime: the read needs one to run on.
pub fn read_file(path: &str, callback: impl FnOnce(Result<String, String>) + Send + 'static) {
    let task = format!("read_file({path})");
    tokio::spawn(async move {
        let result = result_of(&task, call(task.clone()).await);
        callback(result);
    });
}

/// Reads the file at `path` as [`read_file`] does, then drops `callback` without ever calling
/// it: the stand-in for a callback API with a bug on one of its paths, which callers must survive
/// (a wrapper that waits for the callback forever hangs on it). The planned outcome is never
/// delivered.
///
/// # Panics
/// When called outside a tokio runtime: the read needs one to run on.
pub fn read_file_never_calls_back(
    path: &str,
    callback: impl FnOnce(Result<String, String>) + Send + 'static,
) {
    let task = format!("read_file_never_calls_back({path})");
    tokio::spawn(async move {
        call(task).await;
        drop(callback);
    });
}

// Exercise 10: a progress log written as downloads end (the downloads are `fetch_url`'s).

/// Writes one line to the progress log: the download of `url` ended with `result`. Writing is
/// async, as writing to a file or a socket is in tokio. The trace names the line by its url and
/// whether the download succeeded (`log_progress(https://a.example/x, ok)`, or `failed`), so a
/// test sees the moment each line was written; the body itself stays out of the label.
pub async fn log_progress(url: &str, result: &Result<String, String>) {
    let status = if result.is_ok() { "ok" } else { "failed" };
    call(format!("log_progress({url}, {status})")).await;
}

// Exercise 12: a request with a deadline, and a cached fallback.

/// Asks the weather service for the forecast of `city`: a network request, sometimes slow.
pub async fn fetch_forecast(city: &str) -> String {
    let task = format!("fetch_forecast({city})");
    value_of(&task, call(task.clone()).await)
}

/// Reads the last forecast of `city` kept in the local cache: older than a fresh one, but at hand
/// when the weather service is slow.
pub async fn read_cached_forecast(city: &str) -> String {
    let task = format!("read_cached_forecast({city})");
    value_of(&task, call(task.clone()).await)
}

// Exercise 13: one download, offered by several mirrors.

/// Downloads the release archive from `mirror`: the archive (a text standing for its bytes), or
/// the reason this mirror could not serve it (`"HTTP 503"`, `"connection reset"`).
pub async fn download_from(mirror: &str) -> Result<String, String> {
    let task = format!("download_from({mirror})");
    result_of(&task, call(task.clone()).await)
}

// Exercise 14: jobs that can panic.

/// Renders the thumbnail of the photo whose id is `photo`. When the test planned it to fail, it
/// panics, as code with a bug (an `unwrap` on a corrupt header) does: its caller gets no `Err` to
/// handle. The panic's message is a `String`, the call and the planned message
/// (`make_thumbnail(3): corrupt JPEG header`), so that a panic nobody catches names its source.
///
/// # Panics
/// When the scenario planned this photo to fail: that is the point of the stand-in.
pub async fn make_thumbnail(photo: u32) -> String {
    let task = format!("make_thumbnail({photo})");
    match call(task.clone()).await {
        // `resume_unwind` unwinds exactly as `panic!` does (tokio's `JoinError` and
        // `catch_unwind` see the same panic, with this `String` as its payload) but skips the
        // panic hook. The hook would print "thread 'asynclings run' panicked at
        // checker/stand_ins/src/api.rs" for every planned panic, also in a run whose code handles
        // it well, pointing the learner at the course's file as if it had a bug.
        Outcome::Error(message) => {
            std::panic::resume_unwind(Box::new(format!("{task}: {message}")))
        }
        other => value_of(&task, other),
    }
}

// Exercise 15: CPU-bound work beside I/O.

/// Resizes the photo `photo` for the page (it decodes the image, scales it down and encodes it
/// again) and returns the result, a text standing for its bytes. This is computation, not
/// waiting: a plain function that keeps the thread it runs on busy for the planned time, with no
/// `.await` at which another task could run. On the runtime's thread it holds up every other
/// task until it returns; `tokio::task::spawn_blocking` runs it on a thread of the blocking pool
/// instead, beside them.
///
/// # Panics
/// When called on a thread of the code's own (`std::thread::spawn`, `std::thread::scope`): the
/// course measures work only on the runtime's thread and on its blocking pool.
pub fn resize_image(photo: &str) -> String {
    let task = format!("resize_image({photo})");
    value_of(&task, compute(task.clone()))
}

/// Posts the reply `text` to the forum and returns the new post's id: a request to the forum's
/// server, which the runtime's thread only waits for.
pub async fn post_reply(text: &str) -> String {
    let task = format!("post_reply({text})");
    value_of(&task, call(task.clone()).await)
}
