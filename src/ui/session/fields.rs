//! The stage's fields, top to bottom: each one's label, hint, coach notes and text, or
//! its editor, scrolled so the focused field stays in view.

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::time::Instant;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Padding, Paragraph};

use super::super::text::{draw_plain_rows, preview, truncate, truncate_line, wrap_editor_like, wrapped_rows};
use super::super::theme;
use super::customer::confidence_selector;
use super::press_release::faq_hint;
use super::review::{decision_details, item_part, people_label, review_label, verdict_label};
use super::stage_notes::{kept_note, stage_note};
use super::{Label, iteration};
use crate::app::{Editor, FaqPart, Field, SessionView};
use crate::domain::{Confidence, Severity, Stage, count};

/// Rows of text shown for a field without focus.
const PREVIEW_ROWS: usize = 3;

/// Rows of text shown for the focused field when not editing.
const FOCUSED_ROWS: usize = 12;

/// What one field shows, top to bottom.
struct FieldBlock {
    field: Field,
    /// A heading that opens a group of fields (a part of the FAQ).
    heading: Option<&'static str>,
    label: Vec<Span<'static>>,
    hint: Option<String>,
    /// The focused answer shows every confidence, its own marked.
    selector: Option<Confidence>,
    /// The coach's notes, for the focused field: one row each.
    coach: Vec<Line<'static>>,
    text_rows: usize,
    /// The text goes on beyond what is shown.
    more: bool,
}

impl FieldBlock {
    /// Rows on screen, with the blank row after it.
    fn height(&self) -> usize {
        usize::from(self.heading.is_some())
            + 1
            + usize::from(self.hint.is_some())
            + usize::from(self.selector.is_some())
            + self.coach.len()
            + self.text_rows
            + usize::from(self.more)
            + 1
    }
}

pub(super) fn fields(frame: &mut Frame, area: Rect, view: &SessionView, now: Instant) {
    let fields = view.fields();
    let writable = view.read_only_reason().is_none();
    if fields.is_empty() {
        let message = if view.stage() == Stage::Iteration { "No versions of the draft yet." } else { "" };
        frame.render_widget(Paragraph::new(Line::styled(message, theme::hint())), area);
        return;
    }
    let text_width = area.width.saturating_sub(2);
    // Blocks are built only for the fields that can reach the screen, and once each per
    // frame: a review can hold tens of thousands of items, each label looks through the
    // session, and the focused field's block measures its text and asks the coach.
    let built = RefCell::new(BTreeMap::new());
    let block_at = |index: usize| {
        built.borrow_mut().remove(&index).unwrap_or_else(|| {
            let previous = index.checked_sub(1).map(|before| fields[before]);
            field_block(view, fields[index], previous, (text_width, area.height), now)
        })
    };
    let height_at = |index: usize| {
        let block = block_at(index);
        let height = block.height();
        built.borrow_mut().insert(index, block);
        height
    };
    let focus = view.focus.min(fields.len() - 1);
    let first = first_visible(fields.len(), height_at, focus, usize::from(area.height));
    let mut rows = Rows { area, y: area.y };
    for index in first..fields.len() {
        if rows.is_full() {
            return;
        }
        draw_field(frame, &mut rows, view, &block_at(index), index == focus);
        rows.take(1);
    }
    if let Some(note) = stage_note(view.stage(), &view.session, writable)
        && let Some(row) = rows.take(1)
    {
        frame.render_widget(Paragraph::new(Line::styled(note, theme::hint())), row);
    }
    if let Some(kept) = kept_note(view)
        && let Some(row) = rows.take(1)
    {
        frame.render_widget(Paragraph::new(Line::styled(kept, theme::dim())), row);
    }
}

/// Under the press release, the parts of an imported document that went to no field:
/// counted, and one key away in full (they are not press release, so no field shows them).
/// Hands out the rows of an area from the top, never past its bottom.
struct Rows {
    area: Rect,
    y: u16,
}

impl Rows {
    fn take(&mut self, rows: usize) -> Option<Rect> {
        let height = u16::try_from(rows).unwrap_or(u16::MAX).min(self.area.bottom().saturating_sub(self.y));
        if height == 0 {
            return None;
        }
        let rect = Rect { x: self.area.x, y: self.y, width: self.area.width, height };
        self.y += height;
        Some(rect)
    }

    fn is_full(&self) -> bool {
        self.y >= self.area.bottom()
    }
}

/// The first field to draw so that the focused one is on screen with the one before it
/// for context; more of those before it only when the fields after it leave room.
fn first_visible(count: usize, height: impl Fn(usize) -> usize, focus: usize, available: usize) -> usize {
    // Of the fields after the focus, only as many as fill the screen matter.
    let mut after = 0;
    for index in focus + 1..count {
        if after >= available {
            break;
        }
        after += height(index);
    }
    let mut first = focus;
    let mut used = height(focus);
    while first > 0 {
        let before = height(first - 1);
        if used + before > available || (first < focus && used + after >= available) {
            break;
        }
        first -= 1;
        used += before;
    }
    first
}

fn field_block(
    view: &SessionView,
    field: Field,
    previous: Option<Field>,
    (width, body_height): (u16, u16),
    now: Instant,
) -> FieldBlock {
    let session = &view.session;
    let focused = view.focused_field() == Some(field);
    let editing = focused && view.editor.is_some();
    let text = field.text(session).unwrap_or_default();
    let (text_rows, more) = if field.text(session).is_none() {
        (0, false)
    } else if let Some(editor) = view.editor.as_ref().filter(|_| editing) {
        let cap = usize::from(body_height.saturating_sub(5)).max(3);
        // The editor keeps its rows between keys; measuring the text again would cost
        // a key more the longer the text.
        let needed = editor.textarea.screen_row_count(width).unwrap_or_else(|| wrapped_rows(text, width, cap));
        // Word wrapping takes more rows than this count of columns; leave a margin
        // rather than have the cursor scroll out of a field that would have fitted.
        let rows = if field.is_one_line() { needed + needed / 6 } else { (needed + 1 + needed / 6).max(3) };
        (rows.min(cap), false)
    } else {
        let cap = if focused { FOCUSED_ROWS } else { PREVIEW_ROWS };
        let needed = wrapped_rows(text, width, cap + 1);
        (needed.min(cap), needed > cap)
    };
    let heading = match (previous, field) {
        (Some(Field::FaqQuestion(before, _) | Field::FaqAnswer(before, _)), Field::FaqQuestion(part, _))
            if before == part =>
        {
            None
        }
        (_, Field::FaqQuestion(FaqPart::External, _)) => Some("FAQ · customer questions"),
        (_, Field::FaqQuestion(FaqPart::Internal, _)) => Some("FAQ · internal questions"),
        (Some(Field::Draft), Field::OpenRevision(_)) => Some("Decisions to revise that no version addresses yet"),
        _ => None,
    };
    let selector = match field {
        Field::Answer(question) if focused => Some(session.customer.answer(question).confidence),
        _ => None,
    };
    let (label, hint) = label_and_hint(view, field, focused);
    let coach = if focused { coach_lines(view, field, width, now) } else { Vec::new() };
    FieldBlock { field, heading, label, hint, selector, coach, text_rows, more }
}

fn label_and_hint(view: &SessionView, field: Field, focused: bool) -> Label {
    let session = &view.session;
    let static_hint = |hint: &'static str| Some(hint.to_owned());
    let (mut label, hint) = match field {
        Field::Answer(question) => {
            let mut label = vec![Span::raw(question.question())];
            if !focused {
                let confidence = session.customer.answer(question).confidence;
                label.push(Span::raw(format!("  [{}]", confidence.label())));
            }
            (label, static_hint(question.hint()))
        }
        Field::Section(section) => {
            let words = view.section_words(section);
            (
                vec![Span::raw(section.label()), Span::raw(format!("  {}", count(words, "word")))],
                static_hint(section.hint()),
            )
        }
        Field::FaqQuestion(part, index) => {
            let label = match part {
                FaqPart::External => format!("Customer question {}", index + 1),
                FaqPart::Internal => format!("Internal question {}", index + 1),
            };
            (vec![Span::raw(label)], focused.then(|| faq_hint(part).to_owned()))
        }
        Field::FaqAnswer(_, index) => (
            vec![Span::raw(format!("Answer {}", index + 1))],
            focused.then(|| "Direct: yes, no, a number, or \"we don't know yet; we will find out by …\".".to_owned()),
        ),
        Field::People => (
            people_label(session),
            focused.then(|| "Enter edits; authors and owners are picked from these people.".to_owned()),
        ),
        Field::ReviewItem(index) => (review_label(session, index), decision_details(session, index, view.today)),
        Field::ItemPart(index, part) => match session.review.items.get(index) {
            Some(item) => item_part(session, item, part, focused, view.today),
            None => (Vec::new(), None),
        },
        Field::Verdict => verdict_label(session, focused),
        Field::Version(index) => iteration::version_label(view, index),
        Field::Draft => iteration::draft_label(view, focused),
        Field::OpenRevision(index) => iteration::open_revision_label(session, index, focused),
    };
    if let Some(place) = field.place(session) {
        let open = session.open_items_about(&place).count();
        if open > 0 {
            label.push(Span::styled(
                format!("  ◆ {open} open review item{}", if open == 1 { "" } else { "s" }),
                theme::warning(),
            ));
        }
    }
    (label, hint)
}

/// At most this many of the coach's notes under a field; `backwards lint` lists them all.
const COACH_ROWS: usize = 2;

/// The coach's notes on the field, a row each, cut to the width.
fn coach_lines(view: &SessionView, field: Field, width: u16, now: Instant) -> Vec<Line<'static>> {
    let notes = view.coach_notes(field, now);
    let shown = if notes.len() > COACH_ROWS { COACH_ROWS - 1 } else { notes.len() };
    let mut lines: Vec<Line<'static>> = notes[..shown]
        .iter()
        .map(|note| {
            let style = if note.severity == Severity::Error { theme::error() } else { theme::warning() };
            Line::styled(truncate(&format!("  ✎ {}", note.message), usize::from(width)), style)
        })
        .collect();
    if notes.len() > shown {
        let more = format!("  ✎ and {} more: backwards lint lists them", notes.len() - shown);
        lines.push(Line::styled(more, theme::warning()));
    }
    lines
}

fn draw_field(frame: &mut Frame, rows: &mut Rows, view: &SessionView, block: &FieldBlock, focused: bool) {
    if let Some(heading) = block.heading
        && let Some(row) = rows.take(1)
    {
        let heading = truncate_line(Line::styled(format!("── {heading} ──"), theme::label()), usize::from(row.width));
        frame.render_widget(Paragraph::new(heading), row);
    }
    if let Some(row) = rows.take(1) {
        let mut label = vec![Span::raw(if focused { "▶ " } else { "  " })];
        label.extend(block.label.iter().cloned());
        let style = if focused { theme::focused_label() } else { theme::label() };
        frame.render_widget(Paragraph::new(truncate_line(Line::from(label), usize::from(row.width))).style(style), row);
    }
    if let Some(hint) = &block.hint
        && let Some(row) = rows.take(1)
    {
        let hint = truncate_line(Line::styled(format!("  {hint}"), theme::hint()), usize::from(row.width));
        frame.render_widget(Paragraph::new(hint), row);
    }
    if let Some(confidence) = block.selector
        && let Some(row) = rows.take(1)
    {
        let writable = view.read_only_reason().is_none();
        frame.render_widget(Paragraph::new(confidence_selector(confidence, writable, row.width)), row);
    }
    for line in &block.coach {
        if let Some(row) = rows.take(1) {
            frame.render_widget(Paragraph::new(line.clone()), row);
        }
    }
    let Some(text_area) = rows.take(block.text_rows) else { return };
    let editor = view.editor.as_ref().filter(|editor| focused && editor.field == block.field);
    match editor {
        Some(editor) => draw_editor(frame, text_area, editor),
        None => draw_text(frame, text_area, view, block),
    }
    if block.more
        && let Some(row) = rows.take(1)
    {
        let key = match (focused, view.read_only_reason().is_some()) {
            (false, _) => "more",
            (true, true) => "Enter reads on",
            (true, false) => "Enter shows it all",
        };
        frame.render_widget(Paragraph::new(Line::styled(format!("  … {key}"), theme::dim())), row);
    }
}

fn draw_editor(frame: &mut Frame, area: Rect, editor: &Editor) {
    // A heavy bar as well as a colour, so editing shows in every theme; the text starts
    // in the column, and wraps at the width, of the text when it is not being edited.
    let frame_block = Block::default()
        .borders(Borders::LEFT)
        .border_type(BorderType::Thick)
        .border_style(theme::editing_border())
        .padding(Padding::left(1));
    let inner = frame_block.inner(area);
    frame.render_widget(frame_block, area);
    frame.render_widget(&editor.textarea, inner);
}

fn draw_text(frame: &mut Frame, area: Rect, view: &SessionView, block: &FieldBlock) {
    let area = Rect { x: area.x + 2, width: area.width.saturating_sub(2), ..area };
    let text = block.field.text(&view.session).unwrap_or_default();
    if text.trim().is_empty() {
        let prompt = if block.field.is_editable() && view.read_only_reason().is_none() {
            "(empty: Enter to write)"
        } else {
            "(empty)"
        };
        frame.render_widget(Paragraph::new(Line::styled(prompt, theme::dim())), area);
        return;
    }
    let shown = preview(text, area.width, block.text_rows);
    // Wrapped as the editor wraps, so that starting and ending an edit moves no word.
    draw_plain_rows(frame.buffer_mut(), area, wrap_editor_like(shown, area.width));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_of(heights: &[usize], focus: usize, available: usize) -> usize {
        first_visible(heights.len(), |index| heights[index], focus, available)
    }

    #[test]
    fn the_focused_field_keeps_the_one_before_it_in_view() {
        assert_eq!(first_of(&[5, 5, 5, 5, 5, 5], 3, 12), 2);
        assert_eq!(first_of(&[5, 5, 5, 5, 5, 5], 0, 12), 0);
    }

    #[test]
    fn near_the_end_earlier_fields_fill_the_room_left() {
        assert_eq!(first_of(&[5, 5, 5, 5, 5, 5], 5, 16), 3);
    }

    #[test]
    fn a_field_taller_than_the_screen_starts_at_the_top() {
        assert_eq!(first_of(&[5, 40, 5], 1, 20), 1);
    }

    #[test]
    fn only_the_fields_that_can_reach_the_screen_are_measured() {
        let measured = std::cell::Cell::new(0);
        let height = |_| {
            measured.set(measured.get() + 1);
            5
        };
        assert_eq!(first_visible(20_000, height, 10_000, 20), 9_999);
        assert!(measured.get() < 20, "measured {} fields for a screen of 4", measured.get());
    }
}
