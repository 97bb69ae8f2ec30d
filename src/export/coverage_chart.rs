//! The principle coverage as an inline SVG bar chart for the web page: one bar per
//! principle, the unused ones as empty rows, so a reader sees at a glance which
//! principles the decisions rest on and which they never invoke.

use std::fmt::Write;

use super::html::escape;

const WIDTH: usize = 400;
const ROW: usize = 24;
const BAR_HEIGHT: usize = 8;
/// Room at the right for the count after the longest bar.
const BAR_ROOM: usize = WIDTH - 40;

pub fn svg(counts: &[(String, usize)]) -> String {
    let most = counts.iter().map(|(_, n)| *n).max().unwrap_or_default().max(1);
    let height = ROW * counts.len() + 4;
    let mut svg = String::from("<figure class=\"coverage\">\n");
    let _ = writeln!(
        svg,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {WIDTH} {height}\" role=\"img\" \
         aria-labelledby=\"coverage-title\"><title id=\"coverage-title\">Decisions per leadership principle</title>"
    );
    for (row, (name, n)) in counts.iter().enumerate() {
        let top = ROW * row;
        let bar = BAR_ROOM * n / most;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{}\" class=\"label\">{}</text>\
             <rect x=\"0\" y=\"{}\" width=\"{BAR_ROOM}\" height=\"{BAR_HEIGHT}\" class=\"track\"/>\
             <rect x=\"0\" y=\"{}\" width=\"{bar}\" height=\"{BAR_HEIGHT}\" class=\"bar\"/>\
             <text x=\"{}\" y=\"{}\" class=\"count\">{n}</text>",
            top + 10,
            escape(name),
            top + 13,
            top + 13,
            bar + 4,
            top + 21,
        );
    }
    svg.push_str("</svg>\n<figcaption>Decisions per leadership principle</figcaption>\n</figure>");
    svg
}
