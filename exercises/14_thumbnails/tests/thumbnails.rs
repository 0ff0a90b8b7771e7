// The tests of exercise 14. They run against whichever file sits in `src/lib.rs`: the learner's,
// the solution, or an alternative answer. Every run is on tokio's paused clock, so the times
// asserted here are exact and the tests take microseconds.
//
// A photo planned to fail makes `make_thumbnail` panic at the end of its planned time, with the
// call and the planned message as the panic's message: `make_thumbnail(3): corrupt JPEG header`.

use thumbnails::thumbnails;
use timeline::{Outcome, Scenario, run};

/// What makes the renderer panic on a photo.
const DEFECTS: [&str; 4] = [
    "corrupt JPEG header",
    "unsupported color profile",
    "truncated file",
    "image too large to decode",
];

/// One photo of the album: its id, how long its thumbnail takes, and whether rendering panics.
#[derive(Clone, Copy)]
struct Photo {
    id: u32,
    ms: u64,
    panics: bool,
}

/// A photo whose thumbnail takes `ms`.
fn renders(id: u32, ms: u64) -> Photo {
    Photo {
        id,
        ms,
        panics: false,
    }
}

/// A photo whose rendering panics after `ms`.
fn panics(id: u32, ms: u64) -> Photo {
    Photo {
        id,
        ms,
        panics: true,
    }
}

/// `count` different photo ids, in random order.
fn ids(scenario: &mut Scenario, count: usize) -> Vec<u32> {
    let mut ids: Vec<u32> = (1..=60).collect();
    scenario.rng().shuffle(&mut ids);
    ids.truncate(count);
    ids
}

/// Runs `thumbnails` on the album that `draw` draws, and checks the exercise's promises: every
/// photo's thumbnail, or `Err("photo <id> panicked: <the panic's message>")` where rendering
/// panicked, in the
/// album's order; every rendering started at 0 ms; the whole album in the slowest rendering's
/// time; nothing left running. Thumbnails and panic messages end in random tokens, so
/// hard-coding them fails.
fn check(name: &str, draw: impl FnOnce(&mut Scenario) -> Vec<Photo>) {
    let mut scenario = Scenario::new(name);
    let album = draw(&mut scenario);
    let mut expected = Vec::with_capacity(album.len());
    for photo in &album {
        let label = format!("make_thumbnail({})", photo.id);
        if photo.panics {
            let defect = DEFECTS[scenario.rng().usize(0..DEFECTS.len())];
            let message = format!("{defect} #{}", scenario.token());
            expected.push(Err(format!(
                "photo {} panicked: {label}: {message}",
                photo.id
            )));
            scenario.plan(label, photo.ms, Outcome::Error(message));
        } else {
            let thumbnail = format!("thumbnail of photo {} #{}", photo.id, scenario.token());
            expected.push(Ok(thumbnail.clone()));
            scenario.plan(label, photo.ms, Outcome::Value(thumbnail));
        }
    }
    let ids: Vec<u32> = album.iter().map(|photo| photo.id).collect();
    let labels: Vec<String> = ids
        .iter()
        .map(|id| format!("make_thumbnail({id})"))
        .collect();
    let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
    let slowest = album.iter().map(|photo| photo.ms).max().unwrap_or(0);

    let run = run(&scenario, move || async move { thumbnails(&ids).await });
    run.check()
        .returns(
            &expected,
            "every photo's thumbnail, in the album's order, and for each photo whose rendering \
             panicked, `Err(\"photo <id> panicked: <the panic's message>\")` in its place",
        )
        .start_together(&labels)
        .takes_ms(
            slowest,
            "the slowest rendering's: a panic ends its own task, not the others'",
        )
        .nothing_left_running()
        .done();
}

/// The lesson: five photos, and the renderer panics on photo 3 at 200 ms. The other four keep
/// their thumbnails, photo 3 gets its `Err`, and the album is done at 500 ms, with photo 2.
#[test]
fn one_photo_panics_and_the_others_keep_their_thumbnails() {
    check(
        "one_photo_panics_and_the_others_keep_their_thumbnails",
        |_| {
            vec![
                renders(1, 300),
                renders(2, 500),
                panics(3, 200),
                renders(4, 400),
                renders(5, 100),
            ]
        },
    );
}

/// A random album, and a random photo of it panics at a random moment.
#[test]
fn a_random_photo_panics() {
    check("a_random_photo_panics", |scenario| {
        let count = scenario.rng().usize(4..=8);
        let broken = scenario.rng().usize(0..count);
        ids(scenario, count)
            .into_iter()
            .enumerate()
            .map(|(place, id)| {
                let ms = scenario.duration_ms(100..=1500);
                if place == broken {
                    panics(id, ms)
                } else {
                    renders(id, ms)
                }
            })
            .collect()
    });
}

/// The album's first photo panics before any other thumbnail is ready: the others still come.
#[test]
fn the_first_photo_panics_before_the_rest_are_ready() {
    check(
        "the_first_photo_panics_before_the_rest_are_ready",
        |scenario| {
            let count = scenario.rng().usize(3..=6);
            let ids = ids(scenario, count);
            let first = scenario.duration_ms(100..=300);
            let mut album = vec![panics(ids[0], first)];
            for &id in &ids[1..] {
                album.push(renders(id, scenario.duration_ms(first + 100..=1500)));
            }
            album
        },
    );
}

/// Two photos of a random album panic, and every other one renders.
#[test]
fn two_photos_panic() {
    check("two_photos_panic", |scenario| {
        let count = scenario.rng().usize(4..=8);
        let mut places: Vec<usize> = (0..count).collect();
        scenario.rng().shuffle(&mut places);
        let broken = [places[0], places[1]];
        ids(scenario, count)
            .into_iter()
            .enumerate()
            .map(|(place, id)| {
                let ms = scenario.duration_ms(100..=1500);
                if broken.contains(&place) {
                    panics(id, ms)
                } else {
                    renders(id, ms)
                }
            })
            .collect()
    });
}
