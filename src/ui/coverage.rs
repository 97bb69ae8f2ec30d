//! The principle coverage chart: how often decisions invoked each principle, and which
//! were never invoked.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Bar, BarChart, Block, Borders, Clear, Paragraph, Wrap};

use super::text::{truncate, wrapped_rows};
use super::{centered, theme};
use crate::app::Coverage;
use crate::domain::count;

const WIDTH: u16 = 96;
/// Principle names are cut to this many columns beside their bars.
const NAME_WIDTH: usize = 36;

pub fn render(frame: &mut Frame, area: Rect, coverage: &Coverage) {
    let inner_width = WIDTH.min(area.width).saturating_sub(2);
    let never_text = format!("Never invoked ({}): {}", coverage.never.len(), coverage.never.join(" · "));
    // Word wrapping can take a row more than the columns need.
    let never_rows = wrapped_rows(&never_text, inner_width, usize::from(area.height)) + 1;
    let bar_rows = coverage.bars.len().max(1);
    let wanted = u16::try_from(2 + bar_rows + 1 + never_rows + 2).unwrap_or(u16::MAX);
    let area = centered(area, WIDTH, wanted);
    frame.render_widget(Clear, area);
    let title = format!(" Principle coverage · {} ", coverage.scope);
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::label());
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let invoked: usize = coverage.bars.iter().map(|(_, n)| n).sum();
    let mut summary = vec![Span::raw(format!(
        "{} invoked principles {}.",
        count(coverage.decisions, "decision"),
        count(invoked, "time")
    ))];
    if coverage.untagged > 0 {
        let untagged = format!(
            " ⚠ {} no principle.",
            if coverage.untagged == 1 { "1 names".to_owned() } else { format!("{} name", coverage.untagged) }
        );
        summary.push(Span::styled(untagged, theme::warning()));
    }
    let (heading, names) = if coverage.never.is_empty() {
        ("Every principle of the set was invoked.".to_owned(), String::new())
    } else {
        // Names are set apart by dots: one of Amazon's has a comma in it.
        (format!("Never invoked ({}): ", coverage.never.len()), coverage.never.join(" · "))
    };
    let never_rows = u16::try_from(never_rows).unwrap_or(u16::MAX).min(inner.height / 2);
    let never_style = if coverage.never.is_empty() { theme::good() } else { theme::label() };
    let never = Paragraph::new(Line::from(vec![Span::styled(heading, never_style), Span::raw(names)]))
        .wrap(Wrap { trim: true });
    let [summary_area, chart_area, _, never_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(never_rows),
    ])
    .areas(inner);
    frame.render_widget(Paragraph::new(Line::from(summary)).wrap(Wrap { trim: true }), summary_area);
    frame.render_widget(never, never_area);
    if coverage.bars.is_empty() {
        frame.render_widget(
            Paragraph::new(Line::styled("No decision names a principle yet.", theme::dim())),
            chart_area,
        );
        return;
    }
    // Bars that do not fit are named on the last row rather than left out unsaid.
    let rows = usize::from(chart_area.height);
    let shown = if coverage.bars.len() > rows { rows.saturating_sub(1) } else { rows };
    if coverage.bars.len() > shown {
        let rest: Vec<String> = coverage.bars[shown..].iter().map(|(name, n)| format!("{name} {n}")).collect();
        let row = Rect { y: chart_area.bottom() - 1, height: 1, ..chart_area };
        let line = Line::styled(format!("… and {}", rest.join(" · ")), theme::dim());
        frame.render_widget(Paragraph::new(line), row);
    }
    let chart_area = Rect { height: u16::try_from(shown).unwrap_or(u16::MAX).min(chart_area.height), ..chart_area };
    let bars: Vec<Bar> = coverage
        .bars
        .iter()
        .take(shown)
        .map(|(name, n)| {
            Bar::default()
                .label(Line::raw(truncate(name, NAME_WIDTH)))
                .value(u64::try_from(*n).unwrap_or(u64::MAX))
                .text_value(n.to_string())
        })
        .collect();
    let chart =
        BarChart::horizontal(bars).bar_width(1).bar_gap(0).bar_style(theme::chosen()).value_style(theme::selected());
    frame.render_widget(chart, chart_area);
}
