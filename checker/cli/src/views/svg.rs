//! The timeline as an SVG picture, for the book, `run --svg` and the class feedback files: the
//! terminal's drawing (`timeline::draw`) made to fit any column.
//!
//! Each task's execution is a row: its label and times on one line, its bar below, on a time
//! axis with ticks in milliseconds. How a bar ends reads without the key, by colour and by
//! shape, so it survives greyscale printing and colour blindness: a dot for finished, a warning
//! triangle for failed, a cross for cancelled, an arrow for still running. CPU work that held
//! the runtime's thread has a bar outlined in the text's colour. Under the rows: the run's total,
//! its peak in flight, and a key of what the picture shows.
//!
//! The picture scales: a `viewBox` and a width of 100%, capped so that its text stays near the
//! size of the book's. Its text and axis are drawn in `currentColor`, so an SVG inlined in the
//! book takes the colour of the theme's text; the bars' colours (from the Okabe-Ito palette,
//! told apart by colour-blind readers) contrast with both light and dark backgrounds.

use std::fmt::Write as _;

use timeline::{Span, SpanEnd, Trace};

/// The picture's width in its own units. At 390 px a phone's column is about 360 px wide, so
/// the 13-unit text shows at 11 px.
const WIDTH: f64 = 420.0;
/// The widest the picture is drawn, in CSS pixels: wider, its text would outgrow the book's.
const MAX_WIDTH_PX: u32 = 560;
/// Room on each side for the markers that overhang a bar's ends.
const PAD: f64 = 12.0;
const FONT: f64 = 13.0;
/// A character of a monospace font is about 0.6 em wide: labels are cut by that measure.
const CHAR: f64 = FONT * 0.6;
/// The band of tick labels above the rows.
const AXIS_BAND: f64 = 26.0;
/// A row: a line of text, then the bar.
const ROW: f64 = 36.0;
const BAR_HEIGHT: f64 = 8.0;
const LINE: f64 = 20.0;
const MONOSPACE: &str =
    "ui-monospace, SFMono-Regular, Menlo, Consolas, 'DejaVu Sans Mono', monospace";
/// The end kinds, in the order the key lists them.
const ENDS: [SpanEnd; 4] = [
    SpanEnd::Finished,
    SpanEnd::Failed,
    SpanEnd::Cancelled,
    SpanEnd::Running,
];

/// The word for an end kind, as the terminal's drawing and the key say it.
fn word(end: SpanEnd) -> &'static str {
    match end {
        SpanEnd::Finished => "finished",
        SpanEnd::Failed => "failed",
        SpanEnd::Cancelled => "cancelled",
        SpanEnd::Running => "still running",
    }
}

/// The colour of an end kind: Okabe-Ito blue, vermillion, a neutral grey and bluish green, each
/// at least 3:1 against white and against mdBook's dark backgrounds.
fn colour(end: SpanEnd) -> &'static str {
    match end {
        SpanEnd::Finished => "#0072B2",
        SpanEnd::Failed => "#D55E00",
        SpanEnd::Cancelled => "#8C8C8C",
        SpanEnd::Running => "#009E73",
    }
}

/// Draws `trace` as an SVG picture on an axis at least `axis_ms` long, so that two runs drawn
/// on the same axis compare bar for bar. The rows come in call order, as [`Trace::spans`] gives
/// them.
pub fn draw(trace: &Trace, axis_ms: u64) -> String {
    let spans = trace.spans();
    if spans.is_empty() {
        let text = format!("no task started; the run took {} ms", trace.total_ms);
        let mut out = open(&text, LINE + 8.0);
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\">{}</text>",
            n(PAD),
            n(LINE),
            escape(&text)
        );
        out.push_str("</svg>\n");
        return out;
    }
    let longest = spans.iter().map(|span| span.end_ms).max().unwrap_or(0);
    let axis = Axis::new(trace.total_ms.max(axis_ms).max(longest));
    let summary = format!(
        "at most {} of {} running at once; {} ms in all",
        trace.peak_in_flight(),
        spans.len(),
        trace.total_ms
    );
    let ends: Vec<SpanEnd> = ENDS
        .into_iter()
        .filter(|end| spans.iter().any(|span| span.end == *end))
        .collect();
    let key = key_lines(&ends);
    let held = spans.iter().any(|span| span.blocking);
    let key_rows = key.len() + usize::from(held);
    let rows_bottom = AXIS_BAND + ROW * count(spans.len());
    let height = rows_bottom + LINE * (1.0 + count(key_rows)) + 8.0;

    let mut out = open(
        &format!("A timeline of {} tasks: {summary}", spans.len()),
        height,
    );
    axis.labels(&mut out);
    for (index, span) in spans.iter().enumerate() {
        row(
            &mut out,
            span,
            &axis,
            trace.total_ms,
            AXIS_BAND + ROW * count(index),
        );
    }
    let summary_y = rows_bottom + LINE - 4.0;
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\">{} ms in all</text>",
        n(PAD),
        n(summary_y),
        trace.total_ms
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">at most {} of {} at once</text>",
        n(WIDTH - PAD),
        n(summary_y),
        trace.peak_in_flight(),
        spans.len()
    );
    for (line, items) in key.iter().enumerate() {
        let y = summary_y + LINE * (1.0 + count(line));
        let mut x = PAD + 6.0;
        for end in items {
            marker(&mut out, *end, x, y - 4.0, 0.75);
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" font-size=\"{}\">{}</text>",
                n(x + 9.0),
                n(y),
                n(FONT - 1.0),
                word(*end)
            );
            x += key_item_width(*end);
        }
    }
    if held {
        let y = summary_y + LINE * (1.0 + count(key.len()));
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"14\" height=\"{}\" {HELD}/>",
            n(PAD),
            n(y - 4.0 - BAR_HEIGHT / 2.0),
            n(BAR_HEIGHT)
        );
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\">{HELD_WORDS}</text>",
            n(PAD + 20.0),
            n(y),
            n(FONT - 1.0)
        );
    }
    out.push_str("</svg>\n");
    out
}

/// How a bar of CPU work that held the runtime's thread is outlined: in the text's colour, so it
/// shows in greyscale and in both of the book's themes.
const HELD: &str = "fill=\"none\" stroke=\"currentColor\" stroke-width=\"2\"";
/// The key's words for such a bar.
const HELD_WORDS: &str = "computed on the runtime's thread: nothing else ran";

/// The opening of the picture, with `title` as its accessible name (and its tooltip).
fn open(title: &str, height: f64) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {}\" width=\"100%\" \
         role=\"img\" style=\"max-width: {MAX_WIDTH_PX}px; height: auto; display: block\" \
         font-family=\"{MONOSPACE}\" font-size=\"{}\" fill=\"currentColor\">",
        n(WIDTH),
        n(height),
        n(FONT)
    );
    let _ = writeln!(out, "<title>{}</title>", escape(title));
    out
}

/// One task's row at `top`: its label (cut to fit, whole in the tooltip), its times, and its
/// bar over the ticks and the end of the run (at `total_ms`).
fn row(out: &mut String, span: &Span, axis: &Axis, total_ms: u64, top: f64) {
    // A task still running has no end, only the moment the run stopped watching it.
    let times = match span.end {
        SpanEnd::Running => format!("from {} ms", span.start_ms),
        _ => format!("{} → {} ms", span.start_ms, span.end_ms),
    };
    let room = WIDTH - 2.0 * PAD - CHAR * (count(times.chars().count()) + 2.0);
    // Whole characters only: the floor of a positive width, which the picture keeps far below
    // usize's range.
    let label = shorten(&span.task, (room / CHAR).floor().max(1.0) as usize);
    let _ = writeln!(out, "<g data-end=\"{}\">", word(span.end));
    let _ = match span.end {
        SpanEnd::Running => writeln!(
            out,
            "<title>{}: {times}, still running when the run ended at {} ms</title>",
            escape(&span.task),
            span.end_ms
        ),
        _ => writeln!(
            out,
            "<title>{}: {times}, {}{}</title>",
            escape(&span.task),
            word(span.end),
            if span.blocking {
                "; computed on the runtime's thread, so nothing else ran meanwhile"
            } else {
                ""
            }
        ),
    };
    let baseline = top + FONT;
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\">{}</text>",
        n(PAD),
        n(baseline),
        escape(&label)
    );
    let _ = writeln!(
        out,
        "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{times}</text>",
        n(WIDTH - PAD),
        n(baseline)
    );
    let (start, end) = (axis.x(span.start_ms), axis.x(span.end_ms));
    // A task that ended where it began still gets a sliver of bar, under its marker.
    let width = (end - start).max(1.0);
    let middle = top + ROW - 12.0;
    let y = middle - BAR_HEIGHT / 2.0;
    // The guides run only beside the bar, never through the text above it.
    let (guide_top, guide_bottom) = (y - 4.0, y + BAR_HEIGHT + 4.0);
    axis.ticks(out, guide_top, guide_bottom);
    // Where this run ended: on an axis shared with a longer run, the bars stop short of it.
    let _ = writeln!(
        out,
        "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"currentColor\" \
         stroke-opacity=\"0.6\" stroke-dasharray=\"2 2\"/>",
        n(guide_top),
        n(guide_bottom),
        x = n(axis.x(total_ms))
    );
    let colour = colour(span.end);
    let style = match span.end {
        SpanEnd::Finished | SpanEnd::Failed => format!("fill=\"{colour}\""),
        // A bar that was cut short or never closed is drawn hollow, so it differs in greyscale
        // too: cancelled with a solid outline, still running with a dashed one.
        SpanEnd::Cancelled => {
            format!(
                "fill=\"{colour}\" fill-opacity=\"0.3\" stroke=\"{colour}\" stroke-width=\"1.5\""
            )
        }
        SpanEnd::Running => format!(
            "fill=\"{colour}\" fill-opacity=\"0.3\" stroke=\"{colour}\" stroke-width=\"1.5\" \
             stroke-dasharray=\"4 3\""
        ),
    };
    let _ = writeln!(
        out,
        "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {style}/>",
        n(start),
        n(y),
        n(width),
        n(BAR_HEIGHT)
    );
    if span.blocking {
        let _ = writeln!(
            out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" {HELD}/>",
            n(start),
            n(y),
            n(width),
            n(BAR_HEIGHT)
        );
    }
    marker(out, span.end, end, middle, 1.0);
    out.push_str("</g>\n");
}

/// The shape that ends a bar of kind `end`, centred on (`x`, `y`), at `scale`.
fn marker(out: &mut String, end: SpanEnd, x: f64, y: f64, scale: f64) {
    let colour = colour(end);
    let s = |value: f64| n(value * scale);
    let _ = match end {
        SpanEnd::Finished => writeln!(
            out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{colour}\"/>",
            n(x),
            n(y),
            s(6.0)
        ),
        SpanEnd::Failed => writeln!(
            out,
            "<path d=\"M{} {}l{} {}h-{}z\" fill=\"{colour}\"/><path d=\"M{} {}v{}m0 {}v{}\" \
             stroke=\"#FFFFFF\" stroke-width=\"{}\"/>",
            n(x),
            n(y - 8.0 * scale),
            s(8.0),
            s(14.0),
            s(16.0),
            n(x),
            n(y - 3.5 * scale),
            s(5.0),
            s(2.0),
            s(2.0),
            s(2.0)
        ),
        SpanEnd::Cancelled => writeln!(
            out,
            "<path d=\"M{} {}l{} {}m0 -{}l-{} {}\" stroke=\"{colour}\" stroke-width=\"{}\" \
             stroke-linecap=\"round\"/>",
            n(x - 5.5 * scale),
            n(y - 5.5 * scale),
            s(11.0),
            s(11.0),
            s(11.0),
            s(11.0),
            s(11.0),
            s(3.0)
        ),
        SpanEnd::Running => writeln!(
            out,
            "<path d=\"M{} {}l{} {}l-{} {}z\" fill=\"{colour}\"/>",
            n(x - 3.0 * scale),
            n(y - 7.0 * scale),
            s(11.0),
            s(7.0),
            s(11.0),
            s(7.0)
        ),
    };
}

/// The key's items, wrapped into lines that fit the picture.
fn key_lines(ends: &[SpanEnd]) -> Vec<Vec<SpanEnd>> {
    let mut lines: Vec<Vec<SpanEnd>> = Vec::new();
    let mut used = 0.0;
    for end in ends {
        let width = key_item_width(*end);
        match lines.last_mut() {
            Some(line) if used + width <= WIDTH - 2.0 * PAD => line.push(*end),
            _ => {
                lines.push(vec![*end]);
                used = 0.0;
            }
        }
        used += width;
    }
    lines
}

/// The width of a key item: its marker, its word and a gap.
fn key_item_width(end: SpanEnd) -> f64 {
    9.0 + (FONT - 1.0) * 0.6 * count(word(end).chars().count()) + 18.0
}

/// The time axis: from 0 to a round number at or above the run's length, with ticks at a round
/// step, at most five intervals.
struct Axis {
    end_ms: u64,
    step_ms: u64,
}

impl Axis {
    fn new(length_ms: u64) -> Self {
        let length = length_ms.max(1);
        let mut magnitude = 1_u64;
        loop {
            for multiple in [1, 2, 5] {
                let step = multiple * magnitude;
                if length.div_ceil(step) <= 5 {
                    return Self {
                        end_ms: length.div_ceil(step) * step,
                        step_ms: step,
                    };
                }
            }
            magnitude *= 10;
        }
    }

    /// The horizontal position of the instant `ms`.
    fn x(&self, ms: u64) -> f64 {
        PAD + (WIDTH - 2.0 * PAD) * to_f64(ms) / to_f64(self.end_ms)
    }

    /// Every tick, in milliseconds.
    fn each(&self) -> impl Iterator<Item = u64> {
        (0..=self.end_ms).step_by(usize::try_from(self.step_ms).unwrap_or(usize::MAX))
    }

    /// A faint line at each tick, from `top` to `bottom`.
    fn ticks(&self, out: &mut String, top: f64, bottom: f64) {
        for tick in self.each() {
            let _ = writeln!(
                out,
                "<line x1=\"{x}\" y1=\"{}\" x2=\"{x}\" y2=\"{}\" stroke=\"currentColor\" \
                 stroke-opacity=\"0.25\"/>",
                n(top),
                n(bottom),
                x = n(self.x(tick))
            );
        }
    }

    /// The tick labels above the rows.
    fn labels(&self, out: &mut String) {
        for tick in self.each() {
            let x = self.x(tick);
            // The first and last labels lean inwards, so that neither sticks out of the picture.
            let (anchor, text) = if tick == 0 {
                ("start", "0 ms".to_owned())
            } else if tick == self.end_ms {
                ("end", tick.to_string())
            } else {
                ("middle", tick.to_string())
            };
            let _ = writeln!(
                out,
                "<text x=\"{}\" y=\"{}\" text-anchor=\"{anchor}\" font-size=\"{}\" \
                 fill-opacity=\"0.8\">{text}</text>",
                n(x),
                n(AXIS_BAND - 10.0),
                n(FONT - 1.0)
            );
        }
    }
}

/// `text` cut to at most `max` characters, its end replaced by an ellipsis when cut.
fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(max.saturating_sub(1)).collect();
    short.push('…');
    short
}

/// `text` with the characters XML reserves escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for character in text.chars() {
        match character {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            other => out.push(other),
        }
    }
    out
}

/// A coordinate as the picture writes it: at most one decimal, none when it is whole, so the
/// same trace always gives the same bytes.
fn n(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0").map_or(text.clone(), str::to_owned)
}

/// A count of rows or characters as a coordinate: far below 2^52, so exact.
fn count(value: usize) -> f64 {
    value as f64
}

/// Milliseconds as a coordinate: runs last far less than 2^52 ms, so exact.
fn to_f64(value: u64) -> f64 {
    value as f64
}

#[cfg(test)]
mod tests {
    use super::*;
    use timeline::{Event, EventKind};

    fn event(at_ms: u64, task: &str, kind: EventKind) -> Event {
        Event {
            at_ms,
            task: task.to_owned(),
            kind,
            blocking: false,
        }
    }

    /// One task of each end kind, called in the order b, a, c, d.
    fn every_end() -> Trace {
        Trace::new(
            vec![
                event(0, "b_failed", EventKind::Started),
                event(0, "a_finished", EventKind::Started),
                event(0, "c_cancelled", EventKind::Started),
                event(100, "d_running", EventKind::Started),
                event(200, "b_failed", EventKind::Failed),
                event(300, "a_finished", EventKind::Finished),
                event(300, "c_cancelled", EventKind::Cancelled),
            ],
            600,
        )
    }

    /// A resize computed in place, then the reply it held up.
    fn held_up() -> Trace {
        let mut resize = event(0, "resize_image(a.jpg)", EventKind::Started);
        resize.blocking = true;
        Trace::new(
            vec![
                resize,
                event(300, "resize_image(a.jpg)", EventKind::Finished),
                event(300, "post_reply(hi)", EventKind::Started),
                event(500, "post_reply(hi)", EventKind::Finished),
            ],
            500,
        )
    }

    #[test]
    fn work_that_held_the_thread_is_outlined_said_and_keyed() {
        let svg = draw(&held_up(), 0);
        // The resize's bar and the key's sample: the reply's bar is not outlined.
        assert_eq!(svg.matches(HELD).count(), 2, "{svg}");
        assert!(svg.contains(
            "<title>resize_image(a.jpg): 0 → 300 ms, finished; computed on the runtime's \
             thread, so nothing else ran meanwhile</title>"
        ));
        assert!(svg.contains("<title>post_reply(hi): 300 → 500 ms, finished</title>"));
        assert!(svg.contains(HELD_WORDS));
        assert!(!draw(&sequential(), 0).contains(HELD_WORDS));
    }

    fn sequential() -> Trace {
        Trace::new(
            vec![
                event(0, "task_one", EventKind::Started),
                event(1000, "task_one", EventKind::Finished),
                event(1000, "task_two", EventKind::Started),
                event(1500, "task_two", EventKind::Finished),
            ],
            1500,
        )
    }

    #[test]
    fn two_tasks_in_turn() {
        insta::assert_snapshot!(draw(&sequential(), 0));
    }

    #[test]
    fn it_scales_to_its_column() {
        let svg = draw(&sequential(), 0);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 420 "));
        assert!(svg.contains("width=\"100%\""));
        assert!(svg.contains("height: auto"));
    }

    #[test]
    fn it_has_no_blank_line_so_markdown_keeps_it_whole() {
        // A blank line would end Markdown's HTML block, and the rest would be read as text.
        let svg = draw(&every_end(), 0);
        assert!(svg.lines().all(|line| !line.trim().is_empty()), "{svg}");
    }

    #[test]
    fn each_end_kind_has_its_own_colour_shape_and_key() {
        let svg = draw(&every_end(), 0);
        let row = |end: &str| {
            let start = svg
                .find(&format!("<g data-end=\"{end}\">"))
                .unwrap_or_else(|| panic!("no row ends {end}: {svg}"));
            let length = svg[start..].find("</g>").expect("the row is closed");
            svg[start..start + length].to_owned()
        };
        assert!(row("finished").contains("<circle"));
        assert!(row("finished").contains("#0072B2"));
        assert!(row("failed").contains("stroke=\"#FFFFFF\""), "the ! inside");
        assert!(row("failed").contains("#D55E00"));
        assert!(
            row("cancelled").contains("stroke-linecap=\"round\""),
            "the cross"
        );
        assert!(row("cancelled").contains("#8C8C8C"));
        assert!(row("still running").contains("stroke-dasharray=\"4 3\""));
        assert!(row("still running").contains("#009E73"));
        assert!(row("still running").contains(">from 100 ms</text>"));
        assert!(row("still running").contains("still running when the run ended at 600 ms"));
        let key = &svg[svg.find("at once</text>").expect("the summary")..];
        for word in ["finished", "failed", "cancelled", "still running"] {
            assert!(
                key.contains(&format!(">{word}</text>")),
                "the key names {word}"
            );
        }
    }

    #[test]
    fn the_key_lists_only_the_kinds_drawn() {
        let svg = draw(&sequential(), 0);
        assert!(svg.contains(">finished</text>"));
        assert!(!svg.contains(">failed</text>"));
        assert!(!svg.contains(">still running</text>"));
    }

    #[test]
    fn rows_come_in_call_order() {
        let svg = draw(&every_end(), 0);
        let at = |task: &str| svg.find(&format!(">{task}</text>")).expect(task);
        assert!(at("b_failed") < at("a_finished"));
        assert!(at("a_finished") < at("c_cancelled"));
        assert!(at("c_cancelled") < at("d_running"));
    }

    #[test]
    fn the_axis_is_in_round_milliseconds_with_the_total_and_the_peak() {
        let svg = draw(&sequential(), 0);
        for tick in [
            ">0 ms</text>",
            ">500</text>",
            ">1000</text>",
            ">1500</text>",
        ] {
            assert!(svg.contains(tick), "{tick} in {svg}");
        }
        assert!(svg.contains(">1500 ms in all</text>"));
        assert!(svg.contains(">at most 1 of 2 at once</text>"));
        assert!(svg.contains("<title>task_two: 1000 → 1500 ms, finished</title>"));
    }

    #[test]
    fn a_shared_axis_leaves_the_shorter_run_short() {
        let alone = draw(&sequential(), 0);
        let shared = draw(&sequential(), 3000);
        assert!(!alone.contains(">3000</text>"));
        assert!(shared.contains(">3000</text>"));
        assert!(shared.contains(">1500 ms in all</text>"));
    }

    #[test]
    fn the_axis_has_at_most_five_round_steps() {
        for (length, end, step) in [
            (1, 1, 1),
            (300, 300, 100),
            (1000, 1000, 200),
            (1300, 1500, 500),
            (1800, 2000, 500),
            (25_000, 25_000, 5000),
        ] {
            let axis = Axis::new(length);
            assert_eq!((axis.end_ms, axis.step_ms), (end, step), "for {length} ms");
        }
    }

    #[test]
    fn a_long_label_is_shortened_and_whole_in_its_tooltip() {
        let task = format!("fetch_url(https://example.com/{})", "very/".repeat(20));
        let trace = Trace::new(
            vec![
                event(0, &task, EventKind::Started),
                event(100, &task, EventKind::Finished),
            ],
            100,
        );
        let svg = draw(&trace, 0);
        assert!(svg.contains(&format!("<title>{task}: 0 → 100 ms, finished</title>")));
        let label = svg
            .lines()
            .find(|line| line.contains(">fetch_url(") && !line.starts_with("<title>"))
            .expect("the label");
        let text = &label[label.find('>').expect("a tag") + 1..label.rfind('<').expect("a tag")];
        assert!(text.ends_with('…'), "{text}");
        // The label and the times, a gap between them, fit between the paddings.
        let used = CHAR * count(text.chars().count() + "0 → 100 ms".chars().count() + 2);
        assert!(used <= WIDTH - 2.0 * PAD, "{used} units for {text}");
    }

    #[test]
    fn labels_are_escaped() {
        let task = "place_order(<a & \"b\">)";
        let trace = Trace::new(
            vec![
                event(0, task, EventKind::Started),
                event(100, task, EventKind::Finished),
            ],
            100,
        );
        let svg = draw(&trace, 0);
        assert!(svg.contains(">place_order(&lt;a &amp; &quot;b&quot;&gt;)</text>"));
        assert!(!svg.contains("<a "));
    }

    #[test]
    fn a_run_without_tasks_says_so() {
        let svg = draw(&Trace::new(Vec::new(), 250), 0);
        assert!(svg.contains(">no task started; the run took 250 ms</text>"));
        assert!(svg.ends_with("</svg>\n"));
    }
}
