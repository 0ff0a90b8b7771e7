//! Expect: solved
//! Collects slot-tagged loads from a `FuturesUnordered` with `try_collect`, and in the spawned version calls `JoinSet::shutdown` on the first error, which aborts the other tasks and waits until they are gone.

use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use futures::{FutureExt as _, TryFutureExt as _, TryStreamExt as _};
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
    let loads: [BoxFuture<'static, Result<(usize, String), String>>; 3] = [
        load_cart().map_ok(|value| (0, value)).boxed(),
        check_stock().map_ok(|value| (1, value)).boxed(),
        quote_shipping().map_ok(|value| (2, value)).boxed(),
    ];
    let mut parts: Vec<(usize, String)> = loads
        .into_iter()
        .collect::<FuturesUnordered<_>>()
        .try_collect()
        .await?;
    parts.sort_by_key(|&(slot, _)| slot);
    let [(_, cart), (_, stock), (_, shipping)]: [(usize, String); 3] =
        parts.try_into().expect("three loads give three results");
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
    let mut set = JoinSet::new();
    set.spawn(load_cart().map(|result| (0, result)));
    set.spawn(check_stock().map(|result| (1, result)));
    set.spawn(quote_shipping().map(|result| (2, result)));
    let mut parts: [String; 3] = Default::default();
    while let Some(joined) = set.join_next().await {
        let (slot, result) = joined.expect("a checkout load panicked");
        match result {
            Ok(value) => parts[slot] = value,
            Err(error) => {
                set.shutdown().await;
                return Err(error);
            }
        }
    }
    let [cart, stock, shipping] = parts;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
