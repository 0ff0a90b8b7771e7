//! # Exercise 05, a known wrong answer: each load awaited with `?` in turn
//!
//! The mistake: stopping at the first error by awaiting the loads one after another. `?` does
//! return on the first `Err`, but a load only starts once the one before it has ended: the three
//! no longer run together, so the error comes late (the cart's 600 ms plus the stock check's
//! 200 ms), a load listed before the failing one runs to its end for nothing, and when nothing
//! fails the run takes the sum of the three. Spawning each load and awaiting its handle at once
//! changes nothing: the next one is not spawned before.
//!
//! Fails with: ordering, timing, cancellation

use stand_ins::{check_stock, load_cart, quote_shipping};

/// What the checkout page shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Checkout {
    pub cart: String,
    pub stock: String,
    pub shipping: String,
}

/// Loads the cart, the stock check and the shipping quote one after another.
///
/// # Errors
/// The error of the first load to fail.
pub async fn load_checkout() -> Result<Checkout, String> {
    let cart = load_cart().await?;
    let stock = check_stock().await?;
    let shipping = quote_shipping().await?;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}

/// The same, with each load in a task of its own, spawned once the one before it has ended.
///
/// # Errors
/// The error of the first load to fail.
///
/// # Panics
/// When a load panics.
pub async fn load_checkout_spawned() -> Result<Checkout, String> {
    let cart = tokio::spawn(load_cart())
        .await
        .expect("load_cart panicked")?;
    let stock = tokio::spawn(check_stock())
        .await
        .expect("check_stock panicked")?;
    let shipping = tokio::spawn(quote_shipping())
        .await
        .expect("quote_shipping panicked")?;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
