//! # Exercise 05: Promise.all fails fast (solution)
//!
//! `tokio::try_join!` polls the three loads together, like `join!`, but it returns as soon as one
//! of them gives an `Err`. Returning drops the futures still running, and dropping a future
//! cancels it: the slower loads stop at that moment instead of running on for nothing.
//!
//! Spawned tasks are not cancelled by dropping their `JoinHandle`s, so the spawned version keeps
//! them in a `JoinSet`. `join_next` hands back each result as its task finishes, so the first
//! error is seen the moment it happens, whichever load it comes from; the `?` then returns, and
//! dropping the set aborts every task still in it.

use stand_ins::{check_stock, load_cart, quote_shipping};
use tokio::task::JoinSet;

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
/// When a load panics: the set hands that panic back as an error.
pub async fn load_checkout_spawned() -> Result<Checkout, String> {
    // The results come back in the order the tasks finish, so each task says which slot is its.
    let mut set = JoinSet::new();
    set.spawn(async { (0, load_cart().await) });
    set.spawn(async { (1, check_stock().await) });
    set.spawn(async { (2, quote_shipping().await) });
    let mut parts: [String; 3] = Default::default();
    while let Some(joined) = set.join_next().await {
        let (slot, result) = joined.expect("a checkout load panicked");
        // On an error, `?` returns and drops `set`, which aborts the tasks still running.
        parts[slot] = result?;
    }
    let [cart, stock, shipping] = parts;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
