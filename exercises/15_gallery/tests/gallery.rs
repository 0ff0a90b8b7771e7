// The tests of exercise 15. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take milliseconds.
//
// `resize_image` is CPU work: on the runtime's thread it moves the clock by its planned time at
// once and nothing else runs meanwhile; on a thread of the blocking pool (`spawn_blocking`) it
// runs beside the runtime's thread, for the same planned time.

use gallery::reply_with_photos;
use timeline::{Outcome, Scenario, run};

/// The photos a member may attach.
const PHOTOS: [&str; 8] = [
    "beach.jpg",
    "harbour.jpg",
    "market.jpg",
    "sunset.jpg",
    "tram.jpg",
    "lighthouse.jpg",
    "bridge.jpg",
    "garden.jpg",
];

/// What a member may write.
const REPLIES: [&str; 4] = [
    "Great light!",
    "Taken this morning",
    "More from the trip",
    "Same spot, ten years on",
];

/// One reply: its text and how long posting it takes, and each photo with how long resizing it
/// takes.
struct Reply {
    text: &'static str,
    post_ms: u64,
    photos: Vec<(&'static str, u64)>,
}

/// `count` different photos, each with a random resizing time, drawn so that no order but the
/// one they were attached in gives the right answer: their names are never in alphabetical
/// order (sorting the results does not restore them), and their resizes never finish in the
/// order they were attached (collecting in completion order does not either).
fn photos(scenario: &mut Scenario, count: usize) -> Vec<(&'static str, u64)> {
    let mut names = PHOTOS;
    scenario.rng().shuffle(&mut names);
    let mut names = names[..count].to_vec();
    if names.is_sorted() {
        names.reverse();
    }
    // Distinct times, so no two resizes end at once.
    let mut times: Vec<u64> = Vec::new();
    while times.len() < count {
        let ms = scenario.duration_ms(100..=1500);
        if !times.contains(&ms) {
            times.push(ms);
        }
    }
    if times.is_sorted() {
        times.swap(0, count - 1);
    }
    names.into_iter().zip(times).collect()
}

/// A random text.
fn text(scenario: &mut Scenario) -> &'static str {
    REPLIES[scenario.rng().usize(0..REPLIES.len())]
}

/// Runs `reply_with_photos` on the reply that `draw` draws, and checks the exercise's promises:
/// the post's id and every resized photo in order; no photo resized on the runtime's thread;
/// each photo resized and the reply posted once; every resize and the reply started at 0 ms; the
/// reply's answer taken the moment it came; the whole in the time of the slowest of them;
/// nothing left running. Ids and resized photos end in random tokens, so hard-coding them fails.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> Reply) {
    let mut scenario = Scenario::new(name);
    let reply = draw(&mut scenario);
    let post = format!("post #{}", scenario.token());
    let post_label = format!("post_reply({})", reply.text);
    scenario.plan(&post_label, reply.post_ms, Outcome::Value(post.clone()));
    let mut resized = Vec::new();
    let mut labels = vec![post_label.clone()];
    for &(photo, ms) in &reply.photos {
        let image = format!("{photo} at 1280 px #{}", scenario.token());
        let label = format!("resize_image({photo})");
        scenario.plan(&label, ms, Outcome::Value(image.clone()));
        resized.push(image);
        labels.push(label);
    }
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let slowest = reply
        .photos
        .iter()
        .map(|&(_, ms)| ms)
        .chain([reply.post_ms])
        .max()
        .unwrap_or(0);

    let text = reply.text;
    let photos: Vec<String> = reply
        .photos
        .iter()
        .map(|&(photo, _)| photo.to_owned())
        .collect();
    let run = run(&scenario, move || async move {
        reply_with_photos(text, photos).await
    });
    run.check()
        .returns(
            &(post, resized),
            "the new post's id, then every photo resized, in the order they were attached",
        )
        .leaves_the_thread_free(
            "resize_image never awaits: hand each photo to `tokio::task::spawn_blocking`, which \
             resizes it on a thread of the blocking pool, beside the runtime's",
        )
        .each_started_once(&labels)
        .start_together(&labels)
        .ends_on_time(
            &[&post_label],
            "await the reply together with the resizes (in one `join!`), with the runtime's \
             thread left free, and its answer is taken the moment it comes",
        )
        .takes_ms(
            slowest,
            "the slowest of the resizes and the reply: the photos are resized in parallel on the \
             blocking pool while the reply is posted",
        )
        .nothing_left_running()
        .done();
}

/// The lesson: one photo that takes 300 ms to resize, and a reply that takes 200 ms to post. On
/// the blocking pool the photo is resized while the reply is posted: the reply is done at 200 ms,
/// the whole at 300 ms, not at 500.
#[test]
fn the_reply_is_posted_while_the_photo_is_resized() {
    check("the_reply_is_posted_while_the_photo_is_resized", |_| {
        Reply {
            text: "Great light!",
            post_ms: 200,
            photos: vec![("beach.jpg", 300)],
        }
    });
}

/// A few photos, resized each on a thread of its own, all at once, while the reply is posted.
#[test]
fn every_photo_is_resized_in_parallel() {
    check("every_photo_is_resized_in_parallel", |scenario| {
        let count = scenario.rng().usize(2..=4);
        Reply {
            text: text(scenario),
            post_ms: scenario.duration_ms(100..=800),
            photos: photos(scenario, count),
        }
    });
}

/// Most replies have no photo: the reply alone is posted, in its own time.
#[test]
fn a_reply_without_photos_is_just_posted() {
    check("a_reply_without_photos_is_just_posted", |scenario| Reply {
        text: text(scenario),
        post_ms: scenario.duration_ms(100..=800),
        photos: Vec::new(),
    });
}

/// A whole album: every photo on a thread of its own from 0 ms, however many there are.
#[test]
fn an_album_is_resized_all_at_once() {
    check("an_album_is_resized_all_at_once", |scenario| {
        let count = scenario.rng().usize(5..=PHOTOS.len());
        Reply {
            text: text(scenario),
            post_ms: scenario.duration_ms(100..=800),
            photos: photos(scenario, count),
        }
    });
}

/// The forum is slow today: the reply takes longer than any resize, and the whole takes the
/// reply's time.
#[test]
fn a_slow_reply_outlasts_every_resize() {
    check("a_slow_reply_outlasts_every_resize", |scenario| {
        let count = scenario.rng().usize(1..=3);
        let photos = photos(scenario, count);
        let slowest = photos.iter().map(|&(_, ms)| ms).max().unwrap_or(0);
        Reply {
            text: text(scenario),
            post_ms: scenario.duration_ms(slowest + 100..=2000),
            photos,
        }
    });
}
