//! The ASCII timeline: one row per task execution, a bar from its start to its end.

use std::fmt::Write as _;

use crate::trace::{SpanEnd, Trace};

/// Columns the time axis spans, from 0 to the run's total.
const WIDTH: u64 = 40;

/// Draws `trace` as rows of bars on a shared time axis, in virtual milliseconds:
///
/// ```text
///           0 ms                                  1500 ms
/// task_one  |==========================]                      0 -> 1000 ms  finished
/// task_two                             |============]      1000 -> 1500 ms  finished
/// ```
///
/// A bar ends in `]` when the task finished, `!` when it failed, `x` when it was cancelled and
/// `>` when it was still running as the run ended. CPU work that held the runtime's thread is
/// drawn with `#` instead of `=`, and a last line says what that means.
pub fn draw(trace: &Trace) -> String {
    draw_on_axis(trace, 0)
}

/// Draws `trace` as [`draw`] does, on an axis at least `axis_ms` long, so that two runs drawn on
/// the same axis can be compared bar for bar.
pub fn draw_on_axis(trace: &Trace, axis_ms: u64) -> String {
    let spans = trace.spans();
    if spans.is_empty() {
        return format!("(no task started; the run took {} ms)\n", trace.total_ms);
    }
    let label_width = spans.iter().map(|span| span.task.len()).max().unwrap_or(0);
    let total = trace
        .total_ms
        .max(axis_ms)
        .max(spans.iter().map(|span| span.end_ms).max().unwrap_or(0));
    let column = |ms: u64| match total {
        0 => 0,
        _ => usize::try_from((ms * WIDTH).div_ceil(total)).unwrap_or(0),
    };
    let axis_width = WIDTH as usize + 1;

    let mut out = String::new();
    let end_label = format!("{total} ms");
    let _ = writeln!(
        out,
        "{:label_width$}  0 ms{end_label:>width$}",
        "",
        width = axis_width.saturating_sub(4)
    );
    for span in &spans {
        let (start, end) = (column(span.start_ms), column(span.end_ms));
        let mut bar = " ".repeat(start);
        let (marker, status) = match span.end {
            SpanEnd::Finished => (']', "finished"),
            SpanEnd::Failed => ('!', "failed"),
            SpanEnd::Cancelled => ('x', "cancelled"),
            SpanEnd::Running => ('>', "still running"),
        };
        if end > start {
            bar.push('|');
            let fill = if span.blocking { "#" } else { "=" };
            bar.push_str(&fill.repeat(end - start - 1));
        }
        bar.push(marker);
        let _ = writeln!(
            out,
            "{:label_width$}  {bar:axis_width$}  {:>5} -> {:>5} ms  {status}",
            span.task, span.start_ms, span.end_ms
        );
    }
    let _ = writeln!(
        out,
        "{:label_width$}  at most {} of {} running at once; {} ms in all",
        "",
        trace.peak_in_flight(),
        spans.len(),
        trace.total_ms
    );
    if spans.iter().any(|span| span.blocking) {
        let _ = writeln!(
            out,
            "{:label_width$}  ### computed on the runtime's thread: nothing else ran meanwhile",
            ""
        );
    }
    out
}
