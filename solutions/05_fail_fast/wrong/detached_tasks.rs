//! # Exercise 05, a known wrong answer: `try_join!` over the handles, and nothing else
//!
//! The mistake: trusting the drop to stop spawned tasks. `load_checkout` is right: `try_join!`
//! returns the first error at once and drops the loads still running, which cancels them. The
//! spawned version does the same over the tasks' handles, so its error comes back on time too,
//! but dropping a `JoinHandle` only detaches its task: the loads slower than the failing one run
//! on in the background, for results nobody will read.
//!
//! Fails with: cancellation

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
    let (cart, stock, shipping) = tokio::try_join!(load_cart(), check_stock(), quote_shipping())?;
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
/// When a load panics.
pub async fn load_checkout_spawned() -> Result<Checkout, String> {
    let cart = tokio::spawn(load_cart());
    let stock = tokio::spawn(check_stock());
    let shipping = tokio::spawn(quote_shipping());
    let (cart, stock, shipping) =
        tokio::try_join!(result_of(cart), result_of(stock), result_of(shipping))?;
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
