//! # Exercise 05: Promise.all fails fast (another answer: `try_join3` and handles that abort on drop)
//!
//! `futures::future::try_join3` is the function behind the `try_join!` idea: one future that
//! polls three fallible ones, and ends with the first `Err` or with all three values.
//!
//! The spawned version wraps each `JoinHandle` in a guard that aborts its task when dropped. The
//! guards live inside the futures that `try_join3` polls, so when it returns early and drops
//! them, the tasks still running are stopped, just as plain futures are cancelled by a drop.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::future::try_join3;
use stand_ins::{check_stock, load_cart, quote_shipping};
use tokio::task::{JoinError, JoinHandle};

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
    let (cart, stock, shipping) = try_join3(load_cart(), check_stock(), quote_shipping()).await?;
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
    let cart = AbortOnDrop(tokio::spawn(load_cart()));
    let stock = AbortOnDrop(tokio::spawn(check_stock()));
    let shipping = AbortOnDrop(tokio::spawn(quote_shipping()));
    let (cart, stock, shipping) =
        try_join3(result_of(cart), result_of(stock), result_of(shipping)).await?;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}

/// A `JoinHandle` that aborts its task when it is dropped, where a bare handle would let the task
/// run on.
struct AbortOnDrop<T>(JoinHandle<T>);

impl<T> Drop for AbortOnDrop<T> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

impl<T> Future for AbortOnDrop<T> {
    type Output = Result<T, JoinError>;

    fn poll(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Self::Output> {
        // A `JoinHandle` is `Unpin`, so it can be polled through a plain `&mut`.
        Pin::new(&mut self.0).poll(cx)
    }
}

/// The result of a spawned load, once its task has finished.
async fn result_of(task: AbortOnDrop<Result<String, String>>) -> Result<String, String> {
    task.await.expect("a checkout load panicked")
}
