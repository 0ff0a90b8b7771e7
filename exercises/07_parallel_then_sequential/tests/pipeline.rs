// The tests of exercise 07. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use pipeline::{load_profile_page, order_with_discount};
use timeline::{Outcome, Scenario, run};

/// The names a user can have; `fetch_user` returns one with a random tag, such as `ada#1234`.
const NAMES: [&str; 4] = ["ada", "grace", "alan", "barbara"];

/// Runs `order_with_discount` with the durations `durations` draws (price, discount, order), and
/// checks the exercise's promises: both lookups start at 0 ms, the order starts exactly when the
/// slower of them has finished, each call is made once, the run takes that plus the order, and
/// the confirmation comes back. Prices and discounts are random, so the order's label can only
/// be matched by passing it the values the lookups returned.
fn check_order(name: &str, durations: impl FnOnce(&mut Scenario) -> (u64, u64, u64)) {
    let mut scenario = Scenario::new(name);
    let (price_ms, discount_ms, order_ms) = durations(&mut scenario);
    let price = format!(
        "${}.{:02}",
        scenario.rng().u32(5..500),
        scenario.rng().u32(0..100)
    );
    let discount = format!("{}%", scenario.rng().u32(5..50));
    let confirmation = format!("order #{} confirmed", scenario.token());
    let order_call = format!("place_order({price}, {discount})");
    scenario.plan("fetch_price", price_ms, Outcome::Value(price));
    scenario.plan("fetch_discount", discount_ms, Outcome::Value(discount));
    scenario.plan(
        order_call.as_str(),
        order_ms,
        Outcome::Value(confirmation.clone()),
    );
    let calls = ["fetch_price", "fetch_discount", order_call.as_str()];

    let (slower, lookups_ms) = if price_ms >= discount_ms {
        ("fetch_price", price_ms)
    } else {
        ("fetch_discount", discount_ms)
    };
    run(&scenario, order_with_discount)
        .check()
        .returns(&confirmation, "the confirmation place_order returned")
        .start_together(&["fetch_price", "fetch_discount"])
        .starts_after(&order_call, &["fetch_price", "fetch_discount"])
        .starts_at(
            &order_call,
            lookups_ms,
            &format!("as soon as the slower lookup, {slower}, has finished"),
        )
        // A lookup spawned "to get it going", its handle dropped, then called again inside a
        // `join!` runs twice: the timing looks right, the first run is wasted.
        .each_started_once(&calls)
        .takes_ms(
            lookups_ms + order_ms,
            &format!("the slower lookup, {slower}, then the order: {lookups_ms} + {order_ms} ms"),
        )
        .done();
}

/// Runs `load_profile_page` with the durations `durations` draws (user, posts, trending), and
/// checks the exercise's promises: the user and the trending list start at 0 ms, the posts
/// exactly when the user arrives, each load is called once, the run ends with its longer path,
/// and the page holds what each load returned.
///
/// The fields are taken out of the learner's `ProfilePage` and compared as plain strings: the
/// learner's file defines that struct, so its `PartialEq` (and its `Debug`) are not the test's
/// to trust.
fn check_page(name: &str, durations: impl FnOnce(&mut Scenario) -> (u64, u64, u64)) {
    let mut scenario = Scenario::new(name);
    let (user_ms, posts_ms, trending_ms) = durations(&mut scenario);
    let name = NAMES[scenario.rng().usize(..NAMES.len())];
    let user = format!("{name}#{}", scenario.token());
    let posts = format!("{} posts by {name}", scenario.rng().u32(1..100));
    let trending = format!("trending #{}", scenario.token());
    let posts_call = format!("fetch_posts_by({user})");
    scenario.plan("fetch_user", user_ms, Outcome::Value(user));
    scenario.plan(posts_call.as_str(), posts_ms, Outcome::Value(posts.clone()));
    scenario.plan(
        "fetch_trending",
        trending_ms,
        Outcome::Value(trending.clone()),
    );

    let chain_ms = user_ms + posts_ms;
    let why = if chain_ms >= trending_ms {
        format!("its longer path: fetch_user then fetch_posts_by, {user_ms} + {posts_ms} ms")
    } else {
        "its longer path: fetch_trending alone".to_owned()
    };
    let run = run(&scenario, || async {
        let page = load_profile_page().await;
        (page.posts, page.trending)
    });
    run.check()
        .returns(
            &(posts, trending),
            "the fields `posts` and `trending`, in that order: the posts of the user fetch_user \
             returned, and the trending list",
        )
        .start_together(&["fetch_user", "fetch_trending"])
        .starts_after(&posts_call, &["fetch_user"])
        .starts_at(
            &posts_call,
            user_ms,
            "as soon as fetch_user's result arrives",
        )
        .each_started_once(&["fetch_user", &posts_call, "fetch_trending"])
        .takes_ms(chain_ms.max(trending_ms), &why)
        .done();
}

/// The course's shape: a price lookup of 1000 ms and a discount lookup of 500 ms run together,
/// then the order takes 300 ms: 1300 ms in all, not 1800 ms.
#[test]
fn order_takes_the_slower_lookup_then_the_order() {
    check_order("order_takes_the_slower_lookup_then_the_order", |_| {
        (1000, 500, 300)
    });
}

/// Random durations with the price lookup the slower: the order waits for it, and only for it.
#[test]
fn order_waits_for_the_slower_price() {
    check_order("order_waits_for_the_slower_price", |scenario| {
        let discount = scenario.duration_ms(100..=900);
        let price = scenario.duration_ms(discount + 100..=1500);
        (price, discount, scenario.duration_ms(100..=800))
    });
}

/// Random durations with the discount lookup the slower: the order never starts before it has
/// finished, even though the price arrived long before.
#[test]
fn order_waits_for_the_slower_discount() {
    check_order("order_waits_for_the_slower_discount", |scenario| {
        let price = scenario.duration_ms(100..=900);
        let discount = scenario.duration_ms(price + 100..=1500);
        (price, discount, scenario.duration_ms(100..=800))
    });
}

/// Random durations where the user then the posts is the longer path, though the trending list
/// alone takes longer than the user: the posts must go out when the user arrives, not when the
/// trending list does.
#[test]
fn page_waits_for_the_user_then_the_posts() {
    check_page("page_waits_for_the_user_then_the_posts", |scenario| {
        let user = scenario.duration_ms(100..=600);
        let trending = scenario.duration_ms(user + 100..=user + 800);
        let posts = scenario.duration_ms(trending - user + 100..=trending - user + 1000);
        (user, posts, trending)
    });
}

/// Random durations where the trending list is the longer path: the page takes exactly as long
/// as the trending list, with the user and the posts loading beside it.
#[test]
fn page_waits_for_a_slow_trending_list() {
    check_page("page_waits_for_a_slow_trending_list", |scenario| {
        let user = scenario.duration_ms(100..=500);
        let posts = scenario.duration_ms(100..=500);
        let trending = scenario.duration_ms(user + posts + 100..=2000);
        (user, posts, trending)
    });
}
