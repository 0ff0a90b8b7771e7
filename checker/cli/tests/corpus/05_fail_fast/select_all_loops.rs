//! Expect: solved
//! Loops on `select_all` over slot-tagged loads (boxed futures, then `JoinHandle`s), returning at the first error and aborting the handles still running.

use futures::FutureExt as _;
use futures::future::select_all;
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
    let mut running = vec![
        load_cart().map(|result| (0, result)).boxed(),
        check_stock().map(|result| (1, result)).boxed(),
        quote_shipping().map(|result| (2, result)).boxed(),
    ];
    let mut parts: [String; 3] = Default::default();
    while !running.is_empty() {
        let ((slot, result), _, rest) = select_all(running).await;
        parts[slot] = result?;
        running = rest;
    }
    let [cart, stock, shipping] = parts;
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
    let mut running = vec![
        tokio::spawn(load_cart().map(|result| (0, result))),
        tokio::spawn(check_stock().map(|result| (1, result))),
        tokio::spawn(quote_shipping().map(|result| (2, result))),
    ];
    let mut parts: [String; 3] = Default::default();
    while !running.is_empty() {
        let (joined, _, rest) = select_all(running).await;
        let (slot, result) = joined.expect("a checkout load panicked");
        match result {
            Ok(value) => parts[slot] = value,
            Err(error) => {
                for task in &rest {
                    task.abort();
                }
                return Err(error);
            }
        }
        running = rest;
    }
    let [cart, stock, shipping] = parts;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
