//! The iteration stage's rows: the versions, the draft as it is now, and the decisions
//! to revise that no version addresses yet.

use ratatui::text::Span;

use super::super::text::truncate;
use super::super::theme;
use super::Label;
use crate::app::SessionView;
use crate::domain::{Session, Side, count};

pub(super) fn version_label(view: &SessionView, index: usize) -> Label {
    let Some(version) = view.session.iterations.get(index) else { return (Vec::new(), None) };
    let mut label = Vec::new();
    if view.compare_from == Some(Side::Version(version.number)) {
        label.push(Span::styled("◎ ", theme::chosen()));
    }
    label.push(Span::raw(format!(
        "Version {} · {} · {}",
        version.number,
        version.created_at.get(..16).unwrap_or(&version.created_at).replace('T', " "),
        count(version.press_release.word_count(), "word")
    )));
    if !version.addresses.is_empty() {
        let decisions: Vec<String> = version.addresses.iter().map(|id| addressed_decision(&view.session, id)).collect();
        label.push(Span::styled(format!(" · addresses {}", decisions.join(", ")), theme::good()));
    }
    (label, None)
}

/// A decision a version addresses, as the review shows it: its first words, not its id.
fn addressed_decision(session: &Session, id: &str) -> String {
    /// Enough words to recognise it; the row has other things to say.
    const SHOWN: usize = 24;
    match session.review.items.iter().find(|item| item.id == id) {
        Some(item) => {
            let shown = truncate(item.text.lines().next().unwrap_or_default().trim(), SHOWN);
            match shown.strip_suffix('…') {
                Some(words) => format!("“{}…”", words.trim_end()),
                None => format!("“{shown}”"),
            }
        }
        None => id.to_owned(),
    }
}

pub(super) fn draft_label(view: &SessionView, focused: bool) -> Label {
    let mut label = Vec::new();
    if view.compare_from == Some(Side::Draft) {
        label.push(Span::styled("◎ ", theme::chosen()));
    }
    label.push(Span::raw(format!("The draft as it is now · {}", count(view.press_release_words(), "word"))));
    match view.session.version_holding_the_draft() {
        Some(number) => label.push(Span::styled(format!(" · same as version {number}"), theme::dim())),
        None => label.push(Span::styled(" · changed since the last version", theme::warning())),
    }
    (label, focused.then(|| "Enter compares it with the latest version; s freezes it as a new one.".to_owned()))
}

pub(super) fn open_revision_label(session: &Session, index: usize, focused: bool) -> Label {
    let Some(item) = session.review.items.get(index) else { return (Vec::new(), None) };
    let mut text = format!("↻ {}", item.text.lines().next().unwrap_or_default());
    if let Some(owner) = &item.owner {
        text.push_str(&format!(" · {owner}"));
    }
    if let Some(due) = &item.due {
        text.push_str(&format!(" · due {due}"));
    }
    (
        vec![Span::raw(text)],
        focused.then(|| "Enter opens the decision; the next version (s) can say it addresses it.".to_owned()),
    )
}
