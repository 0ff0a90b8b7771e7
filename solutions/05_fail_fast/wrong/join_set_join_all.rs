//! # Exercise 05, a known wrong answer: `JoinSet::join_all`, then looking for an error
//!
//! The mistake: owning the spawned tasks in a `JoinSet`, which would abort them when dropped, but
//! then waiting for all of them with `join_all` before looking at the results. Nothing is left
//! running, yet the error comes back only when the slowest load has ended, and the loads slower
//! than the failing one run to their end for nothing. `join_next` in a loop would see the error
//! the moment it arrives. `load_checkout` is right: `try_join!` over the futures.
//!
//! Fails with: timing, cancellation

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
/// The error of a load that failed, once every load has ended.
///
/// # Panics
/// When a load panics: `join_all` passes the panic on.
pub async fn load_checkout_spawned() -> Result<Checkout, String> {
    let mut set = JoinSet::new();
    set.spawn(async { (0, load_cart().await) });
    set.spawn(async { (1, check_stock().await) });
    set.spawn(async { (2, quote_shipping().await) });
    let mut parts: [String; 3] = Default::default();
    // `join_all` gives the outputs in the order the tasks finished, once all of them have.
    for (slot, result) in set.join_all().await {
        parts[slot] = result?;
    }
    let [cart, stock, shipping] = parts;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
