//! The help overlay: every key of the screen it was opened from, the mode in use first.
//! It scrolls, so that at any size every key can be reached.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use super::{centered, theme};
use crate::app::{App, HelpSection, help_sections};

const AUTOSAVE_NOTE: &str = "Saved within a second; a recovery copy keeps what is typed between saves.";
/// Side by side, sections need this much room to stay readable.
const TWO_COLUMNS_FROM_WIDTH: u16 = 76;
/// Keys wider than this wrap, leaving room for what they do.
const KEYS_AT_MOST: usize = 16;

pub fn render(frame: &mut Frame, area: Rect, app: &App, scroll: usize) {
    let sections = help_sections(app);
    let stacked_rows: usize = sections.iter().map(|s| s.hints.len() + 2).sum::<usize>() + 1;
    let tallest = sections.iter().map(|s| s.hints.len() + 1).max().unwrap_or(0);
    // Side by side only when that shows everything at once; otherwise one column scrolls.
    let side_by_side = sections.len() > 1
        && stacked_rows + 2 > usize::from(area.height)
        && area.width >= TWO_COLUMNS_FROM_WIDTH
        && tallest + 4 <= usize::from(area.height);
    if side_by_side {
        render_side_by_side(frame, area, &sections);
        return;
    }
    let popup_width = area.width.min(72);
    let inner_width = usize::from(popup_width.saturating_sub(2)).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for section in &sections {
        lines.extend(section_lines(section, inner_width));
        lines.push(Line::raw(""));
    }
    lines.extend(wrap_words(AUTOSAVE_NOTE, inner_width).into_iter().map(|l| Line::styled(l, theme::hint())));
    let popup = centered(area, popup_width, to_u16(lines.len() + 2));
    let visible = usize::from(popup.height.saturating_sub(2));
    let last_start = lines.len().saturating_sub(visible);
    let start = scroll.min(last_start);
    let title = match (start > 0, start < last_start) {
        (false, false) => " Keys (Esc closes) ",
        (false, true) => " Keys (↓ PgDn for more, Esc closes) ",
        (true, true) => " Keys (↑ ↓ scroll, Esc closes) ",
        (true, false) => " Keys (↑ PgUp back, Esc closes) ",
    };
    let block = Block::default().borders(Borders::ALL).title(title).border_style(theme::label());
    let shown: Vec<Line> = lines.into_iter().skip(start).take(visible).collect();
    frame.render_widget(Clear, popup);
    frame.render_widget(Paragraph::new(shown).block(block), popup);
}

fn render_side_by_side(frame: &mut Frame, area: Rect, sections: &[HelpSection]) {
    let tallest = sections.iter().map(|s| s.hints.len() + 1).max().unwrap_or(0);
    let block = Block::default().borders(Borders::ALL).title(" Keys (Esc closes) ").border_style(theme::label());
    let popup = centered(area, 110, to_u16(tallest + 4));
    frame.render_widget(Clear, popup);
    let inner = block.inner(popup);
    frame.render_widget(block, popup);
    let [body, note] = Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(inner);
    let share = usize::from(body.width) / sections.len().max(1);
    let halves = Layout::horizontal(sections.iter().map(|_| Constraint::Fill(1))).split(body);
    for (section, half) in sections.iter().zip(halves.iter()) {
        frame.render_widget(Paragraph::new(section_lines(section, share.max(1))), *half);
    }
    frame.render_widget(Paragraph::new(Line::styled(AUTOSAVE_NOTE, theme::hint())), note);
}

/// A section's title and keys, wrapped to `width`: long keys and long explanations
/// continue on the next line, under themselves.
fn section_lines(section: &HelpSection, width: usize) -> Vec<Line<'static>> {
    let key_width = section.hints.iter().map(|h| h.keys.chars().count()).max().unwrap_or(0).min(KEYS_AT_MOST);
    let key_width = key_width.min(width / 3).max(1);
    let does_width = width.saturating_sub(key_width + 3).max(1);
    let mut lines = vec![Line::styled(section.title, theme::label())];
    for hint in &section.hints {
        if hint.keys.is_empty() {
            let notes = wrap_words(hint.does, width.saturating_sub(1).max(1));
            lines.extend(notes.into_iter().map(|note| Line::styled(format!(" {note}"), theme::hint())));
            continue;
        }
        let keys = wrap_words(hint.keys, key_width);
        let does = wrap_words(hint.does, does_width);
        for row in 0..keys.len().max(does.len()) {
            let key = keys.get(row).map_or("", String::as_str);
            let what = does.get(row).map_or("", String::as_str);
            lines.push(Line::from(vec![
                Span::styled(format!(" {key:>key_width$}  "), theme::key()),
                Span::raw(what.to_owned()),
            ]));
        }
    }
    lines
}

/// Words on lines no wider than `width`; a word wider than that is cut.
fn wrap_words(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let word: String = word.chars().take(width).collect();
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(&word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines
}

fn to_u16(count: usize) -> u16 {
    u16::try_from(count).unwrap_or(u16::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_wrap_at_the_width_and_long_words_are_cut() {
        assert_eq!(wrap_words("next / previous field", 10), ["next /", "previous", "field"]);
        assert_eq!(wrap_words("abcdefghijkl", 5), ["abcde"]);
        assert_eq!(wrap_words("", 5), [""]);
    }
}
