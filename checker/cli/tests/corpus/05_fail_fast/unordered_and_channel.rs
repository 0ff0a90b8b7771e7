//! Expect: solved
//! Takes slot-tagged loads from a `FuturesUnordered` and returns at the first error; the spawned tasks report through an mpsc channel, and the first error aborts them all.

use std::future::Future;

use futures::future::BoxFuture;
use futures::stream::FuturesUnordered;
use futures::{FutureExt as _, StreamExt as _};
use stand_ins::{check_stock, load_cart, quote_shipping};
use tokio::sync::mpsc::{UnboundedSender, unbounded_channel};
use tokio::task::JoinHandle;

/// What the checkout page shows: one field per load.
#[derive(Debug, PartialEq, Eq)]
pub struct Checkout {
    pub cart: String,
    pub stock: String,
    pub shipping: String,
}

/// A load's result with the slot of `Checkout` it fills (0 cart, 1 stock, 2 shipping).
type Tagged = (usize, Result<String, String>);

/// Loads the cart, the stock check and the shipping quote at the same time, in this task.
///
/// # Errors
/// The error of the load that failed, as soon as it fails.
pub async fn load_checkout() -> Result<Checkout, String> {
    let mut loads: FuturesUnordered<BoxFuture<'static, Tagged>> = FuturesUnordered::new();
    loads.push(load_cart().map(|result| (0, result)).boxed());
    loads.push(check_stock().map(|result| (1, result)).boxed());
    loads.push(quote_shipping().map(|result| (2, result)).boxed());
    let mut parts: [String; 3] = Default::default();
    while let Some((slot, result)) = loads.next().await {
        parts[slot] = result?;
    }
    let [cart, stock, shipping] = parts;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}

/// Spawns `load`, which sends its result with its slot on `sender` when it ends.
fn spawn_reporting(
    slot: usize,
    load: impl Future<Output = Result<String, String>> + Send + 'static,
    sender: UnboundedSender<Tagged>,
) -> JoinHandle<()> {
    tokio::spawn(async move {
        let _ = sender.send((slot, load.await));
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
    let (sender, mut receiver) = unbounded_channel();
    let tasks = [
        spawn_reporting(0, load_cart(), sender.clone()),
        spawn_reporting(1, check_stock(), sender.clone()),
        spawn_reporting(2, quote_shipping(), sender),
    ];
    let mut parts: [String; 3] = Default::default();
    while let Some((slot, result)) = receiver.recv().await {
        match result {
            Ok(value) => parts[slot] = value,
            Err(error) => {
                for task in &tasks {
                    task.abort();
                }
                return Err(error);
            }
        }
    }
    for task in tasks {
        task.await.expect("a checkout load panicked");
    }
    let [cart, stock, shipping] = parts;
    Ok(Checkout {
        cart,
        stock,
        shipping,
    })
}
