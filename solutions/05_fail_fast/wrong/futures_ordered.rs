//! # Exercise 05, a known wrong answer: `FuturesOrdered` with `try_collect`
//!
//! The mistake: stopping at the first error in LIST order instead of the first in time.
//! `FuturesOrdered` runs the three loads together, but it yields their results in the order they
//! went in, so `try_collect` sees the stock check's error (200 ms) only once the cart, listed
//! before it, has arrived (600 ms), and the cart runs to its end for nothing. The spawned
//! version aborts its tasks on an error, so nothing is left running, but it reads the handles in
//! the same fixed order and is just as late.
//!
//! Fails with: timing, cancellation

use futures::TryStreamExt as _;
use futures::future::BoxFuture;
use futures::stream::FuturesOrdered;
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
/// The error of the first load in the list to fail.
pub async fn load_checkout() -> Result<Checkout, String> {
    let loads: [BoxFuture<'static, Result<String, String>>; 3] = [
        Box::pin(load_cart()),
        Box::pin(check_stock()),
        Box::pin(quote_shipping()),
    ];
    let parts: Vec<String> = loads
        .into_iter()
        .collect::<FuturesOrdered<_>>()
        .try_collect()
        .await?;
    Ok(checkout(parts))
}

/// The same, with each load in a task of its own.
///
/// # Errors
/// The error of the first load in the list to fail.
///
/// # Panics
/// When a load panics.
pub async fn load_checkout_spawned() -> Result<Checkout, String> {
    let tasks = [
        tokio::spawn(load_cart()),
        tokio::spawn(check_stock()),
        tokio::spawn(quote_shipping()),
    ];
    let aborts: Vec<_> = tasks.iter().map(|task| task.abort_handle()).collect();
    let joined: Result<Vec<String>, String> = tasks
        .into_iter()
        .map(|task| async { task.await.expect("a checkout load panicked") })
        .collect::<FuturesOrdered<_>>()
        .try_collect()
        .await;
    if joined.is_err() {
        for task in &aborts {
            task.abort();
        }
    }
    Ok(checkout(joined?))
}

/// The checkout of the three parts, in the order of its fields.
fn checkout(parts: Vec<String>) -> Checkout {
    let [cart, stock, shipping]: [String; 3] =
        parts.try_into().expect("three loads give three parts");
    Checkout {
        cart,
        stock,
        shipping,
    }
}
