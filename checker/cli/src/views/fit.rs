//! Output that fits the screen: the terminal's size, prose wrapped to its width, timelines and
//! tables with abbreviated labels and capped rows. A view that scrolls off the top of the
//! terminal hides the first line of its message, which is the one that matters most.

use std::io::IsTerminal as _;

use timeline::Trace;

/// Where a view is drawn: how wide, and how many rows it may take (`None`: as many as it needs,
/// for a pipe or a file, which are read by scrolling).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Area {
    pub width: usize,
    pub height: Option<usize>,
}

/// The width assumed where there is no terminal to measure: a log read in a narrow window or a
/// CI page stays readable.
pub const DEFAULT_WIDTH: usize = 80;
/// Labels are never cut below this: shorter, `fetch_user(3)` and `fetch_user(4)` look alike.
const MIN_LABEL: usize = 12;
/// The fewest rows a timeline is drawn in: its axis, one task, a "(N more)" line and the summary.
pub const MIN_TIMELINE_ROWS: usize = 4;

impl Area {
    /// The terminal standard output is on, measured; 80 columns and no height otherwise (the
    /// size of the terminal a pipe happens to run in says nothing about where its text goes).
    pub fn of_stdout() -> Self {
        if std::io::stdout().is_terminal()
            && let Ok((columns, rows)) = crossterm::terminal::size()
            && columns > 0
            && rows > 0
        {
            return Self {
                width: usize::from(columns),
                height: Some(usize::from(rows)),
            };
        }
        Self {
            width: DEFAULT_WIDTH,
            height: None,
        }
    }

    /// The same width with `rows` fewer rows (none below zero), for what is drawn beside them.
    pub fn less(self, rows: usize) -> Self {
        Self {
            width: self.width,
            height: self.height.map(|height| height.saturating_sub(rows)),
        }
    }

    /// Whether `rows` more rows fit in `used` of this area.
    pub fn fits(self, used: usize, rows: usize) -> bool {
        self.height.is_none_or(|height| used + rows <= height)
    }
}

/// How many columns `text` takes on the screen: its characters, less the colour codes the
/// styles put in (`anstream` drops them where colours do not belong, the width stays).
pub fn visible_width(text: &str) -> usize {
    let mut count = 0;
    let mut in_code = false;
    for c in text.chars() {
        match (in_code, c) {
            (false, '\x1b') => in_code = true,
            (false, _) => count += 1,
            (true, 'm') => in_code = false,
            (true, _) => {}
        }
    }
    count
}

/// How many rows `text` takes once wrapped to `width`.
pub fn rows(text: &str, width: usize) -> usize {
    text.lines()
        .map(|line| visible_width(line).div_ceil(width.max(1)).max(1))
        .sum()
}

/// `text` with every line longer than `width` columns word-wrapped (a word longer than a line
/// is cut); lines that fit are kept as they are, their alignment included.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(10);
    let mut out = String::new();
    for line in text.lines() {
        if visible_width(line) <= width {
            out.push_str(line);
            out.push('\n');
            continue;
        }
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let mut current = String::new();
        for word in line.split(' ').filter(|word| !word.is_empty()) {
            let needed = visible_width(&current) + 1 + visible_width(word);
            if !current.is_empty() && needed > width {
                out.push_str(&current);
                out.push('\n');
                current.clear();
            }
            if current.is_empty() {
                current.push_str(&indent);
            } else {
                current.push(' ');
            }
            current.push_str(word);
            while visible_width(&current) > width {
                let head: String = current.chars().take(width).collect();
                current = current.chars().skip(width).collect();
                out.push_str(&head);
                out.push('\n');
            }
        }
        out.push_str(&current);
        out.push('\n');
    }
    out
}

/// `text` cut to `width` columns, with an ellipsis in the middle when something was cut, so
/// that both ends of `fetch_url(https://example.com/a)` stay visible.
pub fn abbreviate(text: &str, width: usize) -> String {
    let count = text.chars().count();
    if count <= width {
        return text.to_owned();
    }
    let kept = width.saturating_sub(1);
    let head = kept.div_ceil(2);
    let tail = kept - head;
    let mut short: String = text.chars().take(head).collect();
    short.push('…');
    short.extend(text.chars().skip(count - tail));
    short
}

/// How many leading and trailing characters every one of `labels` shares (none when they are
/// fewer than two distinct labels).
fn common_ends(labels: &[&str]) -> (usize, usize) {
    let Some(first) = labels.first() else {
        return (0, 0);
    };
    if labels.iter().all(|label| label == first) {
        return (0, 0);
    }
    let first: Vec<char> = first.chars().collect();
    let (mut prefix, mut suffix) = (first.len(), first.len());
    for label in labels {
        let chars: Vec<char> = label.chars().collect();
        prefix = prefix.min(first.iter().zip(&chars).take_while(|(a, b)| a == b).count());
        suffix = suffix.min(
            first
                .iter()
                .rev()
                .zip(chars.iter().rev())
                .take_while(|(a, b)| a == b)
                .count(),
        );
    }
    (prefix, suffix)
}

/// `label` cut to `width` columns, keeping whole the part that tells it from the other labels
/// (between the `prefix` and `suffix` characters they all share), so that
/// `fetch_url(https://a.example/feed)` becomes `fetch..a..eed)`, not `fetch..eed)` like its
/// siblings. Two ASCII dots, not an ellipsis: the timeline pads its labels by their length in
/// bytes, which a three-byte character would throw off.
fn abbreviate_keeping(label: &str, prefix: usize, suffix: usize, width: usize) -> String {
    const DOTS: &str = "..";
    let chars: Vec<char> = label.chars().collect();
    if chars.len() <= width {
        return label.to_owned();
    }
    let middle: String = chars[prefix.min(chars.len())..chars.len().saturating_sub(suffix)]
        .iter()
        .collect();
    let dots = DOTS.len() * (usize::from(prefix > 0) + usize::from(suffix > 0));
    let rest = width.checked_sub(middle.chars().count() + dots);
    let (Some(rest), false) = (rest, prefix + suffix >= chars.len()) else {
        // Nothing in common to drop, or the differing part alone is too long: keep both ends.
        let head = width.saturating_sub(DOTS.len()).div_ceil(2);
        let tail = width.saturating_sub(DOTS.len()) - head;
        let mut short: String = chars[..head].iter().collect();
        short.push_str(DOTS);
        short.extend(&chars[chars.len() - tail..]);
        return short;
    };
    let (head, tail) = match (prefix > 0, suffix > 0) {
        (true, true) => (rest.div_ceil(2).min(prefix), (rest / 2).min(suffix)),
        (true, false) => (rest.min(prefix), 0),
        _ => (0, rest.min(suffix)),
    };
    let mut short: String = chars[..head].iter().collect();
    if prefix > 0 {
        short.push_str(DOTS);
    }
    short.push_str(&middle);
    if suffix > 0 {
        short.push_str(DOTS);
    }
    short.extend(&chars[chars.len() - tail..]);
    short
}

/// `text` cut to `width` columns with an ellipsis at the end.
pub fn clip(text: &str, width: usize) -> String {
    if visible_width(text) <= width {
        return text.to_owned();
    }
    let mut short: String = text.chars().take(width.saturating_sub(1)).collect();
    short.push('…');
    short
}

/// At most `max` of `lines` (a block of text), the rest counted on a last line such as
/// "(12 more lines)"; `noun` names what is counted.
pub fn first_lines(text: &str, max: usize, noun: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    if lines.len() <= max {
        return text.to_owned();
    }
    let kept = max.saturating_sub(1);
    let mut out: String = lines[..kept]
        .iter()
        .map(|line| format!("{line}\n"))
        .collect();
    out.push_str(&format!("({} more {noun})\n", lines.len() - kept));
    out
}

/// The timeline of `trace` on an axis at least `axis_ms` long, drawn to fit `width` columns
/// and at most `max_rows` rows: long task names are abbreviated, and past the rows that fit,
/// the remaining tasks are counted on a "(N more tasks)" line above the summary.
pub fn timeline(trace: &Trace, axis_ms: u64, width: usize, max_rows: Option<usize>) -> String {
    let mut drawn = timeline::draw_on_axis(trace, axis_ms);
    let widest = drawn
        .lines()
        .map(|line| line.chars().count())
        .max()
        .unwrap_or(0);
    if widest > width {
        let label = trace
            .events
            .iter()
            .map(|event| event.task.chars().count())
            .max()
            .unwrap_or(0);
        let budget = label.saturating_sub(widest - width).max(MIN_LABEL);
        let tasks: Vec<&str> = trace
            .events
            .iter()
            .map(|event| event.task.as_str())
            .collect();
        let (prefix, suffix) = common_ends(&tasks);
        let mut short = trace.clone();
        // The call order names the tasks too: abbreviated alike, the rows keep their order.
        let names = short
            .events
            .iter_mut()
            .map(|event| &mut event.task)
            .chain(&mut short.call_order);
        for task in names {
            *task = abbreviate_keeping(task, prefix, suffix, budget);
        }
        drawn = timeline::draw_on_axis(&short, axis_ms);
    }
    let lines: Vec<&str> = drawn.lines().collect();
    let max_rows = max_rows.unwrap_or(usize::MAX).max(MIN_TIMELINE_ROWS);
    let mut out = String::new();
    if lines.len() <= max_rows {
        for line in &lines {
            out.push_str(&clip(line, width));
            out.push('\n');
        }
        return out;
    }
    // The axis, the first tasks, the count of the others, and the lines under the rows (the
    // summary, and the key of CPU work when there is some).
    let rows = trace.spans().len();
    let tail = lines.len().saturating_sub(1 + rows);
    let shown = max_rows.saturating_sub(2 + tail).max(1);
    let hidden = rows.saturating_sub(shown);
    for line in &lines[..=shown] {
        out.push_str(&clip(line, width));
        out.push('\n');
    }
    let indent = lines[0].chars().take_while(|c| *c == ' ').count();
    out.push_str(&clip(
        &format!("{:indent$}({hidden} more tasks)", ""),
        width,
    ));
    out.push('\n');
    for line in &lines[lines.len() - tail..] {
        out.push_str(&clip(line, width));
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use timeline::{Event, EventKind};

    fn fifty_long_tasks() -> Trace {
        let mut events = Vec::new();
        for id in 0..50_u64 {
            let task = format!("fetch_url(https://example.com/users/{id}/profile)");
            events.push(Event {
                at_ms: id * 100,
                task: task.clone(),
                kind: EventKind::Started,
                blocking: false,
            });
            events.push(Event {
                at_ms: id * 100 + 100,
                task,
                kind: EventKind::Finished,
                blocking: false,
            });
        }
        Trace::new(events, 5000)
    }

    #[test]
    fn a_timeline_fits_its_width_and_rows() {
        let drawn = timeline(&fifty_long_tasks(), 0, 80, Some(10));
        assert_eq!(drawn.lines().count(), 10, "{drawn}");
        assert!(
            drawn.lines().all(|line| line.chars().count() <= 80),
            "{drawn}"
        );
        assert!(drawn.contains("(43 more tasks)"), "{drawn}");
        assert!(drawn.contains("at most 1 of 50 running at once"), "{drawn}");
        // What tells one name from the others stays: which call it was, and which id.
        assert!(drawn.contains("fetc..6..le)"), "{drawn}");
    }

    /// CPU work that held the thread is drawn with `#`, and its key stays under the rows when
    /// the rows are cut, with the summary.
    #[test]
    fn work_that_held_the_thread_keeps_its_key_when_rows_are_cut() {
        let mut trace = fifty_long_tasks();
        // The first task starts at 0 and now ends at 1000 ms: long enough for a filled bar.
        trace.events[0].blocking = true;
        trace.events[1].at_ms = 1000;
        let drawn = timeline(&trace, 0, 80, Some(10));
        assert_eq!(drawn.lines().count(), 10, "{drawn}");
        assert!(
            drawn.lines().nth(1).is_some_and(|row| row.contains("|#")),
            "{drawn}"
        );
        assert!(drawn.contains("(44 more tasks)"), "{drawn}");
        let last: Vec<&str> = drawn.lines().rev().take(2).collect();
        assert!(
            last[0].contains("### computed on the runtime's thread"),
            "{drawn}"
        );
        assert!(last[1].contains("of 50 running at once"), "{drawn}");
    }

    /// Rows come in the order the code called the tasks, also once their names are shortened.
    #[test]
    fn an_abbreviated_timeline_keeps_the_call_order() {
        let event = |at_ms, task: &str, kind| Event {
            at_ms,
            task: task.to_owned(),
            kind,
            blocking: false,
        };
        let trace = Trace::new(
            vec![
                event(0, "resize_image(beach.jpg)", EventKind::Started),
                event(0, "post_reply(Great light!)", EventKind::Started),
                event(200, "post_reply(Great light!)", EventKind::Finished),
                event(300, "resize_image(beach.jpg)", EventKind::Finished),
            ],
            300,
        );
        let drawn = timeline(&trace, 0, 70, None);
        let rows: Vec<&str> = drawn.lines().skip(1).take(2).collect();
        assert!(rows[0].starts_with("resiz"), "{drawn}");
        assert!(rows[1].starts_with("post_"), "{drawn}");
    }

    #[test]
    fn prose_wraps_to_the_width() {
        let text = "word ".repeat(40);
        let wrapped = wrap(&text, 30);
        assert!(wrapped.lines().all(|line| line.chars().count() <= 30));
        assert_eq!(rows(&text, 30), wrapped.lines().count());
        assert_eq!(abbreviate("abcdefghij", 5), "ab…ij");
        assert_eq!(
            first_lines("a\nb\nc\nd\n", 3, "lines"),
            "a\nb\n(2 more lines)\n"
        );
    }
}
