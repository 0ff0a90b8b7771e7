// The tests of exercise 04. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.

use lazy::load_home;
use timeline::{Outcome, Scenario, run};

/// How long each of the four loads takes in one run, in milliseconds.
struct Durations {
    user: u64,
    avatar: u64,
    posts: u64,
    stats: u64,
}

/// A user as `fetch_user` returns it, such as `ada#1234`: short, so the avatar's label
/// (`fetch_avatar(ada#1234)`) stays readable in a timeline, and random, so it cannot be guessed.
fn user_name(scenario: &mut Scenario) -> String {
    const NAMES: [&str; 4] = ["ada", "grace", "alan", "barbara"];
    let name = NAMES[scenario.rng().usize(..NAMES.len())];
    format!("{name}#{}", scenario.token())
}

/// Randomly one way round or the other, so that either the posts or the stats is the slow one.
fn either_way(scenario: &mut Scenario, slow: u64, other: u64) -> (u64, u64) {
    if scenario.rng().bool() {
        (slow, other)
    } else {
        (other, slow)
    }
}

/// Runs `load_home` with the durations `durations` draws, and checks the exercise's promises:
/// the three independent loads start at 0 ms, the avatar exactly when the user arrives, each
/// load is called once, the run ends with its longest path, and the page holds what each load
/// returned.
///
/// The fields are taken out of the learner's `Home` and compared as plain strings: the learner's
/// file defines that struct, so its `PartialEq` (and its `Debug`) are not the test's to trust.
fn check(name: &str, durations: impl FnOnce(&mut Scenario) -> Durations) {
    let mut scenario = Scenario::new(name);
    let ms = durations(&mut scenario);
    let user = user_name(&mut scenario);
    let avatar = format!("avatar-{}.png", scenario.token());
    let posts = format!("latest posts #{}", scenario.token());
    let stats = format!("site stats #{}", scenario.token());
    let avatar_call = format!("fetch_avatar({user})");
    scenario.plan("fetch_user", ms.user, Outcome::Value(user));
    scenario.plan(
        avatar_call.as_str(),
        ms.avatar,
        Outcome::Value(avatar.clone()),
    );
    scenario.plan("fetch_posts", ms.posts, Outcome::Value(posts.clone()));
    scenario.plan("fetch_stats", ms.stats, Outcome::Value(stats.clone()));

    let chain = ms.user + ms.avatar;
    let total = chain.max(ms.posts).max(ms.stats);
    let why = if total == chain {
        format!(
            "its longest path: fetch_user then fetch_avatar, {} + {} ms",
            ms.user, ms.avatar
        )
    } else if total == ms.posts {
        "its longest path: fetch_posts alone".to_owned()
    } else {
        "its longest path: fetch_stats alone".to_owned()
    };
    let run = run(&scenario, || async {
        let home = load_home().await;
        (home.avatar, home.posts, home.stats)
    });
    run.check()
        .returns(
            &(avatar, posts, stats),
            "the fields `avatar`, `posts` and `stats`, in that order: the avatar of the user \
             fetch_user returned, the posts and the stats",
        )
        .start_together(&["fetch_user", "fetch_posts", "fetch_stats"])
        .starts_at(
            &avatar_call,
            ms.user,
            "as soon as fetch_user's result arrives",
        )
        // `tokio::spawn(fetch_posts())` with its handle dropped, then `fetch_posts()` once more
        // inside a `join!`, loads the posts twice: the timing looks right, the first load is
        // wasted.
        .each_started_once(&["fetch_user", &avatar_call, "fetch_posts", "fetch_stats"])
        .takes_ms(total, &why)
        .done();
}

/// The course's kind of numbers: user 200 ms, avatar 300 ms, posts 1000 ms, stats 500 ms. The
/// page is ready at 1000 ms, when the posts arrive; the avatar arrived long before, at 500 ms.
#[test]
fn home_loads_in_the_time_of_its_slowest_path() {
    check("home_loads_in_the_time_of_its_slowest_path", |_| {
        Durations {
            user: 200,
            avatar: 300,
            posts: 1000,
            stats: 500,
        }
    });
}

/// Random durations where the posts or the stats take longer than the user and the avatar
/// together: the avatar must still go out when the user arrives, not when the slow load does.
#[test]
fn avatar_starts_as_soon_as_the_user_arrives() {
    check("avatar_starts_as_soon_as_the_user_arrives", |scenario| {
        let user = scenario.duration_ms(100..=500);
        let avatar = scenario.duration_ms(100..=500);
        let slow = scenario.duration_ms(user + avatar + 100..=2000);
        let other = scenario.duration_ms(100..=slow);
        let (posts, stats) = either_way(scenario, slow, other);
        Durations {
            user,
            avatar,
            posts,
            stats,
        }
    });
}

/// Random durations where the user then the avatar is the longest path, though the user alone
/// arrives before the slower of the posts and the stats: waiting for all three before asking for
/// the avatar makes the whole page late.
#[test]
fn user_then_avatar_can_be_the_longest_path() {
    check("user_then_avatar_can_be_the_longest_path", |scenario| {
        let slow = scenario.duration_ms(300..=1000);
        let other = scenario.duration_ms(100..=slow);
        let user = scenario.duration_ms(100..=slow - 100);
        let avatar = scenario.duration_ms(slow - user + 100..=slow - user + 1000);
        let (posts, stats) = either_way(scenario, slow, other);
        Durations {
            user,
            avatar,
            posts,
            stats,
        }
    });
}
