//! # Exercise 05: Promise.all fails fast (another answer: `futures::try_join!` and abort handles)
//!
//! `futures::try_join!` behaves as `tokio::try_join!` does: the first `Err` ends the wait, and
//! the loads still running are dropped, which cancels them.
//!
//! The spawned version keeps one `AbortHandle` per task before it awaits the handles together.
//! When one load fails, `try_join!` returns its error and drops the other `JoinHandle`s, which
//! only detaches their tasks; the abort handles then stop them.

use stand_ins::{check_stock, load_cart, quote_shipping};
use tokio::task::JoinHandle;

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
    let (cart, stock, shipping) = futures::try_join!(load_cart(), check_stock(), quote_shipping())?;
    Ok(Checkout {
        cart,
        stock,
        shipping,
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
    let cart = tokio::spawn(load_cart());
    let stock = tokio::spawn(check_stock());
    let shipping = tokio::spawn(quote_shipping());
    // An `AbortHandle` can stop its task even once the `JoinHandle` is gone.
    let aborts = [
        cart.abort_handle(),
        stock.abort_handle(),
        shipping.abort_handle(),
    ];
    let joined = tokio::try_join!(result_of(cart), result_of(stock), result_of(shipping));
    if joined.is_err() {
        // Aborting a task that has already finished does nothing, so all three can be aborted.
        for task in &aborts {
            task.abort();
        }
    }
    let (cart, stock, shipping) = joined?;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}

/// The result of a spawned load, once its task has finished.
async fn result_of(task: JoinHandle<Result<String, String>>) -> Result<String, String> {
    task.await.expect("a checkout load panicked")
}
