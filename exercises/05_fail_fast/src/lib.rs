//! # Exercise 05: Promise.all fails fast
//!
//! A checkout page needs three things: the shopping cart, a stock check and a shipping quote.
//! The three loads do not depend on each other, so they run at the same time. Any one of them can
//! fail, and then the page cannot be shown: the first error is the answer.
//!
//! In the tests, `check_stock` fails at 200 ms while `load_cart` takes 600 ms and `quote_shipping`
//! 900 ms (other tests vary which load fails and when). The code below runs the three together
//! but looks at the results only once all of them are in, so the error comes back at 900 ms, and
//! the two other loads run to their end for nothing.
//!
//! Goal: return the error the moment a load fails (200 ms), and cancel the loads still running,
//! whose results can no longer be used. When nothing fails, return the three results as before.
//! Do it twice:
//!
//! - `load_checkout` runs the three loads as futures inside one task;
//! - `load_checkout_spawned` runs each load in a task of its own (`tokio::spawn`), as code that
//!   wants them on other threads would. Dropping a `JoinHandle` does NOT stop its task: when you
//!   return early, make sure no task is left running in the background.
//!
//! The JavaScript this exercise comes from:
//!
//! ```js
//! // Promise.all rejects as soon as one promise rejects: here at 200 ms, with checkStock's error.
//! try {
//!   const [cart, stock, shipping] = await Promise.all([loadCart(), checkStock(), quoteShipping()]);
//!   return { cart, stock, shipping };
//! } catch (error) {
//!   showError(error); // at 200 ms; JavaScript cannot stop the two other loads, though
//! }
//! ```
//!
//! Worth a look: `tokio::try_join!`, `futures::future::try_join3`, `tokio::task::JoinSet` (and
//! its `join_next`), `JoinHandle::abort`.
//! Check your work with `cargo test -p failfast`; read the chapter with `mdbook serve book`.

use stand_ins::{check_stock, load_cart, quote_shipping};

/// What the checkout page shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Checkout {
    pub cart: String,
    pub stock: String,
    pub shipping: String,
}

/// Loads the cart, the stock check and the shipping quote at the same time, in this task.
///
/// # Errors
/// The error of the load that failed, as soon as it fails.
pub async fn load_checkout() -> Result<Checkout, String> {
    // TODO: `join!` waits for all three, errors or not, and only then does `?` look at them.
    // Stop at the first error instead; the loads still running should be dropped.
    let (cart, stock, shipping) = tokio::join!(load_cart(), check_stock(), quote_shipping());
    Ok(Checkout {
        cart: cart?,
        stock: stock?,
        shipping: shipping?,
    })
}

/// The same, with each load in a task of its own.
///
/// # Errors
/// The error of the load that failed, as soon as it fails.
///
/// # Panics
/// When a load panics: its handle's error carries that panic.
pub async fn load_checkout_spawned() -> Result<Checkout, String> {
    // Spawning starts each task at once; its `JoinHandle` gives its result.
    let cart = tokio::spawn(load_cart());
    let stock = tokio::spawn(check_stock());
    let shipping = tokio::spawn(quote_shipping());
    // TODO: the handles are awaited in a fixed order, so an error from `check_stock` is seen
    // only once the cart has arrived. And when `?` returns early, the handles still to be awaited
    // are dropped, which leaves their tasks running. Take the results as they finish, and stop
    // the other tasks on the first error.
    let cart = cart.await.expect("load_cart panicked")?;
    let stock = stock.await.expect("check_stock panicked")?;
    let shipping = shipping.await.expect("quote_shipping panicked")?;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
