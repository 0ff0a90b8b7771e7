//! Expect: solved
//! Runs the boxed loads with `try_join_all`, and in the spawned version awaits the handles by `&mut` with `try_join_all` so it can still abort every task after an error.

use futures::FutureExt as _;
use futures::future::try_join_all;
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
    let loads = vec![
        load_cart().boxed(),
        check_stock().boxed(),
        quote_shipping().boxed(),
    ];
    let [cart, stock, shipping]: [String; 3] = try_join_all(loads)
        .await?
        .try_into()
        .expect("three loads give three results");
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
    let mut tasks = [
        tokio::spawn(load_cart()),
        tokio::spawn(check_stock()),
        tokio::spawn(quote_shipping()),
    ];
    let joined = try_join_all(
        tasks
            .iter_mut()
            .map(|task| async move { task.await.expect("a checkout load panicked") }),
    )
    .await;
    if joined.is_err() {
        for task in &tasks {
            task.abort();
        }
    }
    let [cart, stock, shipping]: [String; 3] =
        joined?.try_into().expect("three loads give three results");
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
