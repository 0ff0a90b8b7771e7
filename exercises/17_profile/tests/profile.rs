// The tests of exercise 17. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds. (As shipped, the file does not
// compile: these tests grade the fix.)

use profile::profile_page;
use timeline::{Outcome, Scenario, run};

/// The users a page may be about.
const USERS: [&str; 5] = ["ada", "grace", "alan", "edsger", "barbara"];

/// Runs `profile_page` for a random user, with the posts' and the avatar's times that `draw`
/// draws (in milliseconds), and checks the exercise's promises: the user's own avatar and
/// posts; both requests started at 0 ms, once; a page as long as the slower request alone;
/// nothing left running.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> (u64, u64)) {
    let mut scenario = Scenario::new(name);
    let (posts_ms, avatar_ms) = draw(&mut scenario);
    let user = format!(
        "{}#{}",
        USERS[scenario.rng().usize(0..USERS.len())],
        scenario.token()
    );
    let posts_task = format!("fetch_posts_by({user})");
    let avatar_task = format!("fetch_avatar({user})");
    let posts = format!("{user}'s posts #{}", scenario.token());
    let avatar = format!("{user}'s avatar #{}", scenario.token());
    scenario.plan(posts_task.as_str(), posts_ms, Outcome::Value(posts.clone()));
    scenario.plan(
        avatar_task.as_str(),
        avatar_ms,
        Outcome::Value(avatar.clone()),
    );
    let slower = if posts_ms > avatar_ms {
        &posts_task
    } else {
        &avatar_task
    };

    let page_of = user.clone();
    // Compared as a std tuple (avatar, posts), whatever the answer's page type prints.
    let run = run(&scenario, move || async move {
        let page = profile_page(page_of).await;
        (page.avatar, page.posts)
    });
    run.check()
        .returns(&(avatar, posts), "the user's avatar, then their posts")
        .start_together(&[posts_task.as_str(), avatar_task.as_str()])
        .each_started_once(&[posts_task.as_str(), avatar_task.as_str()])
        .takes_ms(
            posts_ms.max(avatar_ms),
            &format!("the slower request, {slower}, alone: the other runs at the same time"),
        )
        .nothing_left_running()
        .done();
}

/// The lesson: posts of 700 ms and an avatar of 400 ms, loaded at the same time, make a page of
/// 700 ms, not 1100.
#[test]
fn the_posts_and_the_avatar_load_at_the_same_time() {
    check("the_posts_and_the_avatar_load_at_the_same_time", |_| {
        (700, 400)
    });
}

/// A slow avatar: the page waits for it, and for nothing more.
#[test]
fn a_slow_avatar_sets_the_pace() {
    check("a_slow_avatar_sets_the_pace", |scenario| {
        let posts_ms = scenario.duration_ms(100..=600);
        (posts_ms, scenario.duration_ms(posts_ms + 100..=1500))
    });
}

/// Random times for both, never equal.
#[test]
fn random_pages() {
    check("random_pages", |scenario| {
        let posts_ms = scenario.duration_ms(100..=1500);
        let mut avatar_ms = scenario.duration_ms(100..=1500);
        if avatar_ms == posts_ms {
            avatar_ms += 100;
        }
        (posts_ms, avatar_ms)
    });
}
