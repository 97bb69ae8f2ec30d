//! The session screen: a title bar, the stepper across the four stages, the stage's
//! fields with their labels and hints, and the focused field's editor.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use super::text::{preview, wrapped_rows};
use super::theme;
use crate::app::{FaqPart, Field, SessionView};
use crate::domain::{CustomerQuestion, ReviewKind, Session, Stage, word_count};
use crate::export::about_label;

/// Rows of text shown for a field without focus.
const PREVIEW_ROWS: usize = 3;
/// Rows of text shown for the focused field when not editing.
const FOCUSED_ROWS: usize = 12;
/// About one page: the press release's length target.
pub const ONE_PAGE_WORDS: usize = 600;

pub fn render(frame: &mut Frame, area: Rect, view: &SessionView) {
    let [title, stepper, header, body] =
        Layout::vertical([Constraint::Length(1), Constraint::Length(1), Constraint::Length(2), Constraint::Min(1)])
            .areas(area);
    title_bar(frame, title, view);
    stepper_bar(frame, stepper, view.stage());
    stage_header(frame, header, view);
    fields(frame, body, view);
}

fn title_bar(frame: &mut Frame, area: Rect, view: &SessionView) {
    let mut spans = vec![Span::raw(" Backwards · "), Span::raw(view.session.title.clone())];
    if view.read_only_reason().is_some() {
        spans.push(Span::raw("  [READ-ONLY]"));
    }
    frame.render_widget(Paragraph::new(Line::from(spans)).style(theme::title_bar()), area);
}

fn stepper_bar(frame: &mut Frame, area: Rect, current: Stage) {
    let narrow = area.width < 70;
    let mut spans = vec![Span::raw(" ")];
    for stage in Stage::ALL {
        let text = if narrow && stage != current {
            format!(" {} ", stage.number())
        } else {
            format!(" {} {} ", stage.number(), stage.title())
        };
        if stage == current {
            spans.push(Span::styled(format!("▶{text}"), theme::current_stage()));
        } else {
            spans.push(Span::styled(text, theme::dim()));
        }
        if stage != Stage::Iteration {
            spans.push(Span::styled(" › ", theme::dim()));
        }
    }
    frame.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn stage_header(frame: &mut Frame, area: Rect, view: &SessionView) {
    let session = &view.session;
    let text = match view.stage() {
        Stage::Customer => {
            let answered =
                CustomerQuestion::ALL.iter().filter(|q| !session.customer.answer(**q).text.trim().is_empty()).count();
            format!("The five customer questions: {answered} of 5 answered.")
        }
        Stage::PressRelease => {
            let words = session.press_release_words();
            format!(
                "Press release: {words} words (one page ≈ {ONE_PAGE_WORDS}) · FAQ: {} customer, {} internal",
                session.faq.external.len(),
                session.faq.internal.len()
            )
        }
        Stage::Review => {
            let decisions = session.decisions().count();
            format!("Review: {} items, {decisions} decisions.", session.review.items.len())
        }
        Stage::Iteration => format!("Iteration: {} versions of the draft.", session.iterations.len()),
    };
    frame.render_widget(Paragraph::new(Line::styled(text, theme::label())).wrap(Wrap { trim: true }), area);
}

/// What one field shows: its label line, its hint, and its text.
struct FieldBlock {
    field: Field,
    label: Vec<Span<'static>>,
    hint: Option<&'static str>,
    text_rows: usize,
}

fn fields(frame: &mut Frame, area: Rect, view: &SessionView) {
    let fields = view.fields();
    if fields.is_empty() {
        let message = match view.stage() {
            Stage::Review => "No review items yet. Press a to add one.",
            Stage::Iteration => "No versions of the draft yet.",
            Stage::Customer | Stage::PressRelease => "",
        };
        frame.render_widget(Paragraph::new(Line::styled(message, theme::hint())), area);
        return;
    }
    let text_width = area.width.saturating_sub(2);
    let blocks: Vec<FieldBlock> = fields
        .iter()
        .enumerate()
        .map(|(index, field)| field_block(view, *field, index == view.focus, text_width, area.height))
        .collect();
    let heights: Vec<usize> = blocks.iter().map(|b| 1 + usize::from(b.hint.is_some()) + b.text_rows + 1).collect();
    let first = first_visible(&heights, view.focus.min(blocks.len() - 1), usize::from(area.height));
    let mut y = area.y;
    for (index, block) in blocks.iter().enumerate().skip(first) {
        if y >= area.bottom() {
            break;
        }
        let height = (heights[index] as u16).min(area.bottom() - y);
        draw_field(frame, Rect { x: area.x, y, width: area.width, height }, view, block, index == view.focus);
        y += height;
    }
}

/// The first field to draw so that the focused one is on screen, as near the top as the
/// fields before it allow.
fn first_visible(heights: &[usize], focus: usize, available: usize) -> usize {
    let mut first = focus;
    let mut used = heights[focus];
    while first > 0 && used + heights[first - 1] <= available {
        first -= 1;
        used += heights[first];
    }
    first
}

fn field_block(view: &SessionView, field: Field, focused: bool, width: u16, body_height: u16) -> FieldBlock {
    let session = &view.session;
    let text = field.text(session).unwrap_or_default();
    let editing = focused && view.editor.is_some();
    let cap = if editing {
        usize::from(body_height.saturating_sub(4)).max(3)
    } else if focused {
        FOCUSED_ROWS
    } else {
        PREVIEW_ROWS
    };
    let needed = wrapped_rows(text, width, cap);
    let text_rows = if editing { (needed + 1 + needed / 6).clamp(3, cap) } else { (needed + needed / 6).min(cap) };
    let (label, hint) = label_and_hint(session, field);
    FieldBlock { field, label, hint, text_rows }
}

fn label_and_hint(session: &Session, field: Field) -> (Vec<Span<'static>>, Option<&'static str>) {
    match field {
        Field::Answer(question) => {
            let confidence = session.customer.answer(question).confidence.label();
            (vec![Span::raw(question.question()), Span::raw(format!("  [{confidence}]"))], Some(question.hint()))
        }
        Field::Section(section) => {
            let words = word_count(session.press_release.section(section));
            (vec![Span::raw(section.label()), Span::raw(format!("  {words} words"))], Some(section.hint()))
        }
        Field::FaqQuestion(part, index) => {
            (vec![Span::raw(format!("{} {}", part.title(), index + 1))], Some(faq_hint(part)))
        }
        Field::FaqAnswer(part, index) => {
            (vec![Span::raw(format!("Answer to {} {}", part.title().to_lowercase(), index + 1))], None)
        }
        Field::ReviewItem(index) => {
            let Some(item) = session.review.items.get(index) else { return (Vec::new(), None) };
            let mut label = format!("{} {}", kind_symbol(item.kind), item.kind.label());
            if !item.author.is_empty() {
                label.push_str(&format!(" · {}", item.author));
            }
            if let Some(about) = &item.about {
                label.push_str(&format!(" · about {}", about_label(session, about)));
            }
            label.push_str(&format!(" · {} votes", item.votes));
            if let Some(outcome) = item.outcome {
                label.push_str(&format!(" · {}", outcome.label()));
            }
            (vec![Span::raw(label)], None)
        }
        Field::Version(index) => {
            let Some(version) = session.iterations.get(index) else { return (Vec::new(), None) };
            let label = format!(
                "Version {} · {} · {} words",
                version.number,
                version.created_at.replace('T', " ").trim_end_matches('Z'),
                version.press_release.word_count()
            );
            (vec![Span::raw(label)], None)
        }
    }
}

fn faq_hint(part: FaqPart) -> &'static str {
    match part {
        FaqPart::External => "What a customer would ask: price, how to start, their data, how it differs.",
        FaqPart::Internal => "What leadership asks: size, costs, risks, why now. Answer directly: yes, no, a number.",
    }
}

fn kind_symbol(kind: ReviewKind) -> &'static str {
    match kind {
        ReviewKind::Comment => "•",
        ReviewKind::Question => "?",
        ReviewKind::Concern => "!",
        ReviewKind::Decision => "◆",
    }
}

fn draw_field(frame: &mut Frame, area: Rect, view: &SessionView, block: &FieldBlock, focused: bool) {
    let mut rows = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(u16::from(block.hint.is_some())),
        Constraint::Length(block.text_rows as u16),
    ])
    .split(area)
    .to_vec();
    let text_area = rows.pop().unwrap_or_default();
    let hint_area = rows.pop().unwrap_or_default();
    let label_area = rows.pop().unwrap_or_default();

    let marker = if focused { "▶ " } else { "  " };
    let mut label = vec![Span::raw(marker)];
    label.extend(block.label.iter().cloned());
    let style = if focused { theme::focused_label() } else { theme::label() };
    frame.render_widget(Paragraph::new(Line::from(label)).style(style), label_area);
    if let Some(hint) = block.hint {
        frame.render_widget(Paragraph::new(Line::styled(format!("  {hint}"), theme::hint())), hint_area);
    }

    let editing = view.editor.as_ref().filter(|editor| focused && editor.field == block.field);
    if let Some(editor) = editing {
        let frame_block = Block::default().borders(Borders::LEFT).border_style(theme::editing_border());
        let inner = frame_block.inner(text_area);
        frame.render_widget(frame_block, text_area);
        frame.render_widget(&editor.textarea, inner);
        return;
    }
    let text_area = Rect { x: text_area.x + 2, width: text_area.width.saturating_sub(2), ..text_area };
    let text = block.field.text(&view.session).unwrap_or_default();
    if text.trim().is_empty() {
        let prompt = if block.field.is_editable() && view.read_only_reason().is_none() {
            "(empty: Enter to write)"
        } else {
            "(empty)"
        };
        frame.render_widget(Paragraph::new(Line::styled(prompt, theme::dim())), text_area);
        return;
    }
    let shown = preview(text, text_area.width, block.text_rows);
    frame.render_widget(Paragraph::new(shown).wrap(Wrap { trim: false }).style(Style::default()), text_area);
}
