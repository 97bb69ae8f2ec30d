//! Small questions: a new session's title, whether to delete, restore or read silently.

use crate::domain::people_in_room;
use jiff::civil::Date;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use super::theme;
use crate::app::{OutsideChange, PeopleDraft, SnapshotDraft, VerdictDraft};
use crate::domain::{Recovery, VerdictDecision, count, word_count};

pub fn new_title(frame: &mut Frame, area: Rect, title: &str) {
    let lines = vec![
        Line::raw("What is the session about? A working title is fine."),
        Line::raw(""),
        Line::from(vec![Span::styled("Title: ", theme::label()), Span::raw(format!("{title}▏"))]),
    ];
    popup(frame, area, " New session ", lines);
}

pub fn rename(frame: &mut Frame, area: Rect, title: &str) {
    let lines = vec![
        Line::raw("A new title; the file keeps its name."),
        Line::raw(""),
        Line::from(vec![Span::styled("Title: ", theme::label()), Span::raw(format!("{title}▏"))]),
    ];
    popup(frame, area, " Rename session ", lines);
}

/// Deleting a part of the session (`question`, e.g. "Delete this review item?") whose
/// text is quoted, cut with an ellipsis when long.
pub fn confirm_delete_part(frame: &mut Frame, area: Rect, question: &str, text: &str) {
    let shown = super::text::truncate(text, 120);
    let lines = vec![
        Line::raw(question.to_owned()),
        Line::styled(format!("“{shown}”"), theme::label()),
        Line::raw(""),
        yes_or_no(),
    ];
    popup(frame, area, " Delete ", lines);
}

/// The one-line review item, and what it will add as read so far.
pub fn capture(frame: &mut Frame, area: Rect, line: &str, session: &crate::domain::Session, today: Date) {
    let read = crate::domain::parse_capture(line, &people_in_room(session), &session.principles, today);
    let mut parts = vec![read.kind.label().to_owned()];
    parts.extend(read.outcome.map(|outcome| outcome.label().to_owned()));
    parts.extend(read.person.iter().map(|name| {
        if read.kind == crate::domain::ReviewKind::Decision {
            format!("owner {name}")
        } else {
            format!("said by {name}")
        }
    }));
    parts.extend(read.due.as_ref().map(|due| format!("due {due}")));
    parts.extend(session.principles.names_of(&read.principles).into_iter().map(str::to_owned));
    let lines = vec![
        Line::styled("d: q: c: kind · @owner · date · #principle · !outcome", theme::dim()),
        Line::raw(""),
        Line::from(vec![Span::styled("Item: ", theme::label()), Span::raw(format!("{line}▏"))]),
        Line::styled(format!("→ {}", parts.join(" · ")), theme::dim()),
    ];
    popup(frame, area, " A review item in one line ", lines);
}

pub fn confirm_delete(frame: &mut Frame, area: Rect, title: &str) {
    let lines = vec![
        Line::from(vec![
            Span::raw("Move "),
            Span::styled(format!("“{title}”"), theme::label()),
            Span::raw(" to the trash?"),
        ]),
        Line::raw(""),
        Line::raw("It can be recovered from the trash folder (backwards paths shows where)."),
        yes_or_no(),
    ];
    popup(frame, area, " Delete ", lines);
}

pub fn verdict(frame: &mut Frame, area: Rect, draft: &VerdictDraft) {
    let mut choices = vec![Span::styled("Verdict: ", theme::label())];
    for decision in VerdictDecision::ALL {
        if decision == draft.decision {
            choices.push(Span::styled(format!("● {}", decision.label()), theme::chosen()));
        } else {
            choices.push(Span::styled(format!("○ {}", decision.label()), theme::dim()));
        }
        choices.push(Span::raw("   "));
    }
    let lines = vec![
        Line::raw("The room's verdict on the whole draft (← → to change):"),
        Line::from(choices),
        Line::raw(""),
        Line::from(vec![Span::styled("Why: ", theme::label()), Span::raw(format!("{}▏", draft.reason))]),
    ];
    popup(frame, area, " Verdict ", lines);
}

pub fn people(frame: &mut Frame, area: Rect, draft: &PeopleDraft) {
    let cursor = |on: bool| if on { "▏" } else { "" };
    let line = |label: &'static str, text: &str, on: bool| {
        let marker = if on { "▶ " } else { "  " };
        Line::from(vec![
            Span::raw(marker),
            Span::styled(label, theme::label()),
            Span::raw(format!("{text}{}", cursor(on))),
        ])
    };
    let lines = vec![
        Line::raw("Who is in the room? Authors and owners are picked from these."),
        Line::raw(""),
        line("Facilitator:  ", &draft.facilitator, !draft.on_participants),
        line("Participants: ", &draft.participants, draft.on_participants),
        Line::styled("  Names with commas between them; Tab moves between the lines.", theme::dim()),
    ];
    popup(frame, area, " People ", lines);
}

pub fn snapshot(frame: &mut Frame, area: Rect, draft: &SnapshotDraft) {
    let on_note = draft.cursor.is_none();
    let mut lines = vec![
        Line::raw("Freeze the draft as a new version. What changed, and why?"),
        Line::from(vec![
            Span::raw(if on_note { "▶ " } else { "  " }),
            Span::styled("Note: ", theme::label()),
            Span::raw(format!("{}{}", draft.note, if on_note { "▏" } else { "" })),
        ]),
    ];
    if !draft.revisions.is_empty() {
        lines.push(Line::raw(""));
        lines.push(Line::styled("Decisions to revise it addresses (↓ then Space):", theme::label()));
        for (index, tick) in draft.revisions.iter().enumerate() {
            let marker = if draft.cursor == Some(index) { "▶ " } else { "  " };
            let text = super::text::truncate(&tick.text, 54);
            let line = Line::raw(format!("{marker}[{}] {text}", if tick.ticked { "x" } else { " " }));
            lines.push(if draft.cursor == Some(index) { line.style(theme::selected()) } else { line });
        }
    }
    popup(frame, area, " New version ", lines);
}

pub fn confirm_restore(frame: &mut Frame, area: Rect, number: u32) {
    let lines = vec![
        Line::raw(format!("Put version {number} back into the draft?")),
        Line::raw(""),
        Line::raw("The draft as it is now is kept as a version first, so nothing is lost."),
        yes_or_no(),
    ];
    popup(frame, area, " Restore ", lines);
}

pub fn offer_silent_reading(frame: &mut Frame, area: Rect) {
    let lines = vec![
        Line::raw("A review opens with silent reading: 20 minutes in which"),
        Line::raw("the room reads the draft, shown full screen, and nobody presents."),
        Line::raw(""),
        Line::raw("Start the silent reading?"),
        yes_or_no(),
    ];
    popup(frame, area, " Silent reading ", lines);
}

pub fn offer_recovery(frame: &mut Frame, area: Rect, recoveries: &[Recovery]) {
    let Some(recovery) = recoveries.first() else { return };
    let words = |session: &crate::domain::Session| count(word_count(&session.searchable_text()), "word");
    let mut lines = vec![
        Line::styled(format!("“{}”", recovery.on_disk.session.title), theme::label()),
        Line::raw("has typing its file never got: Backwards or the computer"),
        Line::raw("stopped before it was saved."),
        Line::raw(""),
        Line::raw(format!("  The file:          {}", words(&recovery.on_disk.session))),
        Line::raw(format!("  The recovery copy: {}", words(&recovery.recovered))),
    ];
    if recoveries.len() > 1 {
        lines.push(Line::styled(format!("  ({} more after this one)", recoveries.len() - 1), theme::dim()));
    }
    lines.extend([
        Line::raw(""),
        choice_line("r", "restore it into the file"),
        choice_line("c", "compare it with the file"),
        choice_line("d", "discard it (it goes to the trash)"),
        choice_line("Esc", "decide at the next start"),
    ]);
    popup(frame, area, " Restore unsaved typing? ", lines);
}

pub fn outside_change(frame: &mut Frame, area: Rect, change: &OutsideChange, title: &str) {
    let mut lines = vec![
        Line::styled(format!("“{title}”"), theme::label()),
        Line::raw("changed on disk while it was open here: a git pull, a sync"),
        Line::raw("tool, another machine. Nothing is overwritten, and your"),
        Line::raw("typing is safe meanwhile."),
    ];
    if let Err(problem) = &change.theirs {
        lines.push(Line::styled(format!("⚠ The version on disk cannot be read: {problem}"), theme::warning()));
    }
    lines.extend([
        Line::raw(""),
        choice_line("r", "reload theirs (yours is kept as a conflict copy)"),
        choice_line("k", "keep yours (theirs is kept as a conflict copy)"),
        choice_line("c", "compare theirs with yours"),
        choice_line("m", "merge both (texts both changed become conflicts to resolve)"),
    ]);
    popup(frame, area, " The file changed on disk ", lines);
}

fn choice_line(key: &'static str, does: &'static str) -> Line<'static> {
    Line::from(vec![Span::styled(key, theme::key()), Span::raw(format!("  {does}"))])
}

/// The answer line of every yes/no question.
fn yes_or_no() -> Line<'static> {
    Line::from(vec![
        Span::styled("y", theme::key()),
        Span::raw(" yes   "),
        Span::styled("n", theme::key()),
        Span::raw(" no"),
    ])
}

/// The stages with their timeboxes and the time spent, and the totals: what the room
/// planned against what it has used.
pub fn agenda(
    frame: &mut Frame,
    area: Rect,
    view: &crate::app::SessionView,
    agenda: &crate::app::Agenda,
    now: std::time::Instant,
) {
    use crate::domain::Stage;
    use crate::domain::clock::minutes_seconds as clock;
    let timeboxes = &view.session.timeboxes;
    let spent =
        |stage: Stage| if stage == view.stage() { view.spent_seconds(now) } else { timeboxes.spent_seconds.get(stage) };
    // The stage's name gives way at narrow widths, so each row stays one line.
    let inner = area.width.min(AGENDA_WIDTH).saturating_sub(2);
    let name = usize::from(inner.saturating_sub(2 + 20)).clamp(8, 22);
    let cut = |text: &str| super::text::truncate(text, name);
    let mut lines = vec![Line::styled(
        format!("{:<width$}{:>10}{:>10}", "Stage", "timebox", "spent", width = name + 2),
        theme::label(),
    )];
    for (row, stage) in Stage::ALL.into_iter().enumerate() {
        let minutes = if row == agenda.row && !agenda.typed.is_empty() {
            format!("{}▏ min", agenda.typed)
        } else {
            format!("{} min", timeboxes.minutes.get(stage))
        };
        let marker = if row == agenda.row { "▶ " } else { "  " };
        let text = format!("{marker}{:<name$}{minutes:>10}{:>10}", cut(stage.title()), clock(spent(stage)));
        let style = if row == agenda.row { theme::focused_label() } else { ratatui::style::Style::default() };
        lines.push(Line::styled(text, style));
    }
    // A file can hold any numbers: the totals stop at the largest rather than overflow.
    let planned = Stage::ALL.iter().map(|stage| timeboxes.minutes.get(*stage)).fold(0, u64::saturating_add);
    let used = Stage::ALL.into_iter().map(spent).fold(0, u64::saturating_add);
    lines.push(Line::raw(""));
    lines.push(Line::styled(
        format!("  {:<name$}{:>10}{:>10}", cut("The whole workshop"), format!("{planned} min"), clock(used)),
        theme::label(),
    ));
    let left = planned.saturating_mul(60).saturating_sub(used);
    let over = used.saturating_sub(planned.saturating_mul(60));
    let state = if over > 0 {
        format!("over the plan by {}", clock(over))
    } else {
        format!("{} of the plan left", clock(left))
    };
    lines.push(Line::styled(format!("  {state}"), theme::hint()));
    lines.push(Line::styled("  Type minutes, Enter sets the timebox; ↑ ↓ stage; Esc closes.", theme::dim()));
    super::text_box(frame, area, AGENDA_WIDTH, " Agenda ", lines, 0);
}

const AGENDA_WIDTH: u16 = 64;

fn popup(frame: &mut Frame, area: Rect, title: &str, lines: Vec<Line>) {
    super::text_box(frame, area, 64, title, lines, 0);
}
