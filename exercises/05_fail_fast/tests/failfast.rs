// The tests of exercise 05. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// Each scenario is checked twice: once on `load_checkout` (futures in one task) and once on
// `load_checkout_spawned` (a task per load), so that each function shows its own progress.

use std::future::Future;

use failfast::{Checkout, load_checkout, load_checkout_spawned};
use timeline::{Outcome, Scenario, run};

/// The three loads, in the order of `Checkout`'s fields.
const LOADS: [&str; 3] = ["load_cart", "check_stock", "quote_shipping"];

/// How one load ends: after how many milliseconds, and with its value or its error.
type Plan = (u64, Result<String, String>);

/// Runs `load` on the plans that `draw` makes for the three loads (in the order of [`LOADS`]), and
/// checks the exercise's promises. All three loads start at 0 ms. When one fails, its error comes
/// back the moment it fails, and the loads slower than it are cancelled then, not left to finish
/// or to run on in the background. When none fails, the three values come back in their fields,
/// in the slowest load's time.
fn check<F, Fut>(name: &str, load: F, draw: impl FnOnce(&mut Scenario) -> [Plan; 3])
where
    F: FnOnce() -> Fut + Clone + Send + 'static,
    Fut: Future<Output = Result<Checkout, String>> + 'static,
{
    let mut scenario = Scenario::new(name);
    let plans = draw(&mut scenario);
    for (task, (ms, result)) in LOADS.iter().zip(&plans) {
        let outcome = match result {
            Ok(value) => Outcome::Value(value.clone()),
            Err(error) => Outcome::Error(error.clone()),
        };
        scenario.plan(*task, *ms, outcome);
    }
    // The test compares plain tuples of strings: `Checkout`, with its `PartialEq` and `Debug`, is
    // defined in the file under test, and a test must not take that file's word for equality.
    let run = run(&scenario, move || async move {
        let checkout: Checkout = load().await?;
        Ok::<_, String>((checkout.cart, checkout.stock, checkout.shipping))
    });
    let check = run.check().start_together(&LOADS);

    let failure = LOADS
        .iter()
        .zip(&plans)
        .find_map(|(task, (ms, result))| result.as_ref().err().map(|error| (task, ms, error)));
    let check = if let Some((failed, &failed_ms, error)) = failure {
        let slower: Vec<&str> = LOADS
            .iter()
            .zip(&plans)
            .filter(|(_, (ms, _))| *ms > failed_ms)
            .map(|(task, _)| *task)
            .collect();
        check
            .returns(&Err(error.clone()), &format!("{failed}'s error"))
            .takes_ms(failed_ms, &format!("the moment {failed} fails"))
            // This also reports a slower task left running in the background; the tasks that
            // finished before the error cannot be running, so `nothing_left_running` would only
            // repeat the same message.
            .cancelled(
                &slower,
                &format!("{failed} had already failed at {failed_ms} ms"),
            )
    } else {
        let [(cart_ms, cart), (stock_ms, stock), (shipping_ms, shipping)] = plans;
        let expected = (
            cart.expect("planned as a success"),
            stock.expect("planned as a success"),
            shipping.expect("planned as a success"),
        );
        let slowest_ms = cart_ms.max(stock_ms).max(shipping_ms);
        let slowest = if slowest_ms == cart_ms {
            "load_cart"
        } else if slowest_ms == stock_ms {
            "check_stock"
        } else {
            "quote_shipping"
        };
        check
            .returns(
                &Ok(expected),
                "the cart, the stock check and the shipping quote, each in its own field",
            )
            .takes_ms(slowest_ms, &format!("the slowest load, {slowest}, alone"))
            .nothing_left_running()
    };
    check.done();
}

/// The course's story: `check_stock` fails at 200 ms, while `load_cart` would take 600 ms and
/// `quote_shipping` 900 ms.
fn course_story(_: &mut Scenario) -> [Plan; 3] {
    [
        (600, Ok("cart: 3 items, 42.50 EUR".to_owned())),
        (200, Err("HTTP 503".to_owned())),
        (900, Ok("shipping: 4.90 EUR".to_owned())),
    ]
}

/// A random story: a random load fails at a random time, at least one other load is slower
/// than it (so waiting for everyone shows), and the third finishes before or after it. The values
/// and the error text are random too, so a hard-coded answer fails.
fn random_failure(scenario: &mut Scenario) -> [Plan; 3] {
    let failing = scenario.rng().usize(0..3);
    let slower = (failing + scenario.rng().usize(1..3)) % 3;
    let failed_ms = scenario.duration_ms(100..=800);
    let reasons = ["HTTP 503", "HTTP 500", "timed out", "connection reset"];
    let reason = reasons[scenario.rng().usize(0..reasons.len())];
    let mut plans = random_successes(scenario);
    plans[failing] = (
        failed_ms,
        Err(format!("{reason} (request {})", scenario.token())),
    );
    plans[slower].0 = scenario.duration_ms(failed_ms + 100..=1500);
    // The third load may finish before the failure or after it, but not at the same instant, so
    // that whether it had already finished is never a matter of polling order.
    let third = 3 - failing - slower;
    while plans[third].0 == failed_ms {
        plans[third].0 = scenario.duration_ms(100..=1500);
    }
    plans
}

/// Three successful loads with random durations and values.
fn random_successes(scenario: &mut Scenario) -> [Plan; 3] {
    let cart = format!("cart #{}", scenario.token());
    let stock = format!("all in stock #{}", scenario.token());
    let shipping = format!("shipping quote #{}", scenario.token());
    [
        (scenario.duration_ms(100..=1500), Ok(cart)),
        (scenario.duration_ms(100..=1500), Ok(stock)),
        (scenario.duration_ms(100..=1500), Ok(shipping)),
    ]
}

/// The course's numbers: the error comes back at 200 ms, not at 900 ms, and the cart and the
/// shipping quote are cancelled then.
#[test]
fn fails_fast_at_200_ms() {
    check("fails_fast_at_200_ms", load_checkout, course_story);
}

/// The same with a task per load: the error at 200 ms, and no task left running after it.
#[test]
fn spawned_fails_fast_at_200_ms() {
    check(
        "spawned_fails_fast_at_200_ms",
        load_checkout_spawned,
        course_story,
    );
}

/// Whichever load fails, and whenever: its error, at that moment, and the slower loads cancelled.
#[test]
fn fails_fast_whichever_load_fails() {
    check(
        "fails_fast_whichever_load_fails",
        load_checkout,
        random_failure,
    );
}

/// The same with a task per load: the handle awaited first need not be the one that fails.
#[test]
fn spawned_fails_fast_whichever_load_fails() {
    check(
        "spawned_fails_fast_whichever_load_fails",
        load_checkout_spawned,
        random_failure,
    );
}

/// When nothing fails: the three values in their own fields, in the slowest load's time.
#[test]
fn returns_the_checkout_when_nothing_fails() {
    check(
        "returns_the_checkout_when_nothing_fails",
        load_checkout,
        random_successes,
    );
}

/// The same with a task per load: results arrive in any order but land in the right fields.
#[test]
fn spawned_returns_the_checkout_when_nothing_fails() {
    check(
        "spawned_returns_the_checkout_when_nothing_fails",
        load_checkout_spawned,
        random_successes,
    );
}
