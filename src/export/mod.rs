//! Session → markdown: the PR/FAQ document in its canonical order, then an appendix
//! with the customer questions, the review and the iteration log. Pure.

mod escape;

use std::fmt::Write;

use crate::domain::{CustomerQuestion, FaqEntry, ReviewItem, ReviewKind, Section, Session, Stage, VerdictDecision};

use escape::{inline, paragraphs};

/// A file name (without extension) for the session's document: a slug of its title, or
/// its id when the title gives none. A slug holds only `a-z 0-9 -`, so the name can
/// never leave the folder it is written to.
pub fn file_stem(session: &Session) -> String {
    let slug: String = crate::domain::slugify(&session.title).chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() { crate::domain::slugify(&session.id) } else { slug.to_owned() }
}

/// The session as a markdown document.
pub fn markdown(session: &Session) -> String {
    let mut doc = Document::default();
    press_release(&mut doc, session);
    faq(&mut doc, session);
    doc.heading(2, "Appendix");
    customer(&mut doc, session);
    review(&mut doc, session);
    iterations(&mut doc, session);
    timeboxes(&mut doc, session);
    doc.finish()
}

/// Between principle names, which may hold commas and semicolons themselves
/// ("Are Right, A Lot"; "Have Backbone; Disagree and Commit").
const NAME_SEPARATOR: &str = " · ";

/// Blocks separated by one blank line, ending in one newline.
#[derive(Default)]
struct Document {
    blocks: Vec<String>,
}

impl Document {
    fn heading(&mut self, level: usize, text: &str) {
        self.blocks.push(format!("{} {text}", "#".repeat(level)));
    }

    fn block(&mut self, text: String) {
        if !text.is_empty() {
            self.blocks.push(text);
        }
    }

    fn note(&mut self, text: &str) {
        self.blocks.push(format!("_{text}_"));
    }

    fn finish(self) -> String {
        let mut text = self.blocks.join("\n\n");
        text.push('\n');
        text
    }
}

fn press_release(doc: &mut Document, session: &Session) {
    let pr = &session.press_release;
    let title = if pr.headline.trim().is_empty() { &session.title } else { &pr.headline };
    let title = inline(title);
    doc.heading(1, if title.is_empty() { "Untitled press release" } else { &title });
    if pr.is_empty() {
        doc.note("The press release is not written yet.");
        return;
    }
    if !pr.subheading.trim().is_empty() {
        doc.heading(2, &inline(&pr.subheading));
    }
    for section in Section::ALL.into_iter().skip(2) {
        let text = paragraphs(pr.section(section));
        if text.is_empty() {
            doc.note(&format!("{}: not written yet.", section.label()));
        } else {
            doc.block(text);
        }
    }
    doc.note(&format!("{} words.", pr.word_count()));
}

fn faq(doc: &mut Document, session: &Session) {
    if session.faq.is_empty() {
        return;
    }
    doc.heading(2, "Frequently asked questions");
    for (title, entries) in
        [("Customer questions", &session.faq.external), ("Internal questions", &session.faq.internal)]
    {
        if entries.is_empty() {
            continue;
        }
        doc.heading(3, title);
        for entry in entries {
            faq_entry(doc, entry);
        }
    }
}

fn faq_entry(doc: &mut Document, entry: &FaqEntry) {
    let question = inline(&entry.question);
    doc.block(format!("**Q: {}**", if question.is_empty() { "(no question written)" } else { &question }));
    let answer = paragraphs(&entry.answer);
    if answer.is_empty() { doc.note("Not answered yet.") } else { doc.block(answer) }
}

fn customer(doc: &mut Document, session: &Session) {
    doc.heading(3, "The customer");
    if session.customer.is_empty() {
        doc.note("The five customer questions are not answered yet.");
        return;
    }
    for question in CustomerQuestion::ALL {
        let answer = session.customer.answer(question);
        doc.block(format!("**{}** ({})", question.question(), answer.confidence.label()));
        let text = paragraphs(&answer.text);
        if text.is_empty() { doc.note("Not answered yet.") } else { doc.block(text) }
    }
}

fn review(doc: &mut Document, session: &Session) {
    let items = &session.review.items;
    if items.is_empty() && session.review.verdict.is_none() {
        return;
    }
    doc.heading(3, "Review");
    match &session.review.verdict {
        Some(verdict) => {
            let label = match verdict.decision {
                VerdictDecision::Go => "Go",
                VerdictDecision::Iterate => "Iterate",
                VerdictDecision::Stop => "Stop",
            };
            let reason = inline(&verdict.reason);
            doc.block(if reason.is_empty() {
                format!("Verdict: **{label}**")
            } else {
                format!("Verdict: **{label}**. {reason}")
            });
        }
        None if session.stage >= Stage::Review => doc.note("No verdict yet."),
        None => {}
    }
    decisions_table(doc, session);
    for (kind, title) in
        [(ReviewKind::Question, "Questions"), (ReviewKind::Concern, "Concerns"), (ReviewKind::Comment, "Comments")]
    {
        let mut of_kind: Vec<&ReviewItem> = items.iter().filter(|i| i.kind == kind).collect();
        if of_kind.is_empty() {
            continue;
        }
        of_kind.sort_by_key(|item| std::cmp::Reverse(item.votes));
        doc.heading(4, title);
        doc.block(of_kind.iter().map(|item| format!("- {}", item_line(session, item))).collect::<Vec<_>>().join("\n"));
    }
    principle_counts(doc, session);
}

/// One review item on one line: its text, then who, what about and how many votes.
fn item_line(session: &Session, item: &ReviewItem) -> String {
    let mut line = inline(&item.text);
    let mut details = Vec::new();
    if !item.author.trim().is_empty() {
        details.push(inline(&item.author));
    }
    if let Some(about) = &item.about {
        details.push(format!("about {}", inline(&session.about_label(about))));
    }
    details.push(match item.votes {
        1 => "1 vote".to_owned(),
        n => format!("{n} votes"),
    });
    if let Some(version) = session.addressed_by(&item.id) {
        details.push(format!("addressed in version {version}"));
    }
    let _ = write!(line, " ({})", details.join(", "));
    line
}

fn decisions_table(doc: &mut Document, session: &Session) {
    let decisions: Vec<&ReviewItem> = session.decisions().collect();
    if decisions.is_empty() {
        return;
    }
    doc.heading(4, "Decisions");
    let mut table = String::from("| Decision | Outcome | Owner | Due | Principles |\n| --- | --- | --- | --- | --- |");
    for decision in decisions {
        let outcome = match (decision.outcome, session.addressed_by(&decision.id)) {
            (Some(outcome), Some(version)) => format!("{} (addressed in version {version})", outcome.label()),
            (Some(outcome), None) => outcome.label().to_owned(),
            (None, _) => "open".to_owned(),
        };
        let principles = if decision.principles.is_empty() {
            "⚠ no principle".to_owned()
        } else {
            decision
                .principles
                .iter()
                .map(|id| inline(session.principles.name_of(id)))
                .collect::<Vec<_>>()
                .join(NAME_SEPARATOR)
        };
        let mut text = inline(&decision.text);
        if let Some(resources) = decision.resources.as_deref().filter(|r| !r.trim().is_empty()) {
            let _ = write!(text, " (resources: {})", inline(resources));
        }
        let cell =
            |value: Option<&String>| value.map(|v| inline(v)).filter(|v| !v.is_empty()).unwrap_or_else(|| "—".into());
        let _ = write!(
            table,
            "\n| {text} | {outcome} | {} | {} | {principles} |",
            cell(decision.owner.as_ref()),
            cell(decision.due.as_ref())
        );
    }
    doc.block(table);
}

fn principle_counts(doc: &mut Document, session: &Session) {
    let counts = session.principle_counts();
    let used: Vec<&(String, usize)> = counts.iter().filter(|(_, n)| *n > 0).collect();
    if session.decisions().next().is_none() {
        return;
    }
    doc.heading(4, "Leadership principles invoked");
    if used.is_empty() {
        doc.note("No decision names a principle yet.");
    } else {
        let mut table = String::from("| Principle | Decisions |\n| --- | --- |");
        let mut by_count = used.clone();
        by_count.sort_by_key(|(_, n)| std::cmp::Reverse(*n));
        for (id, n) in by_count {
            let _ = write!(table, "\n| {} | {n} |", inline(session.principles.name_of(id)));
        }
        doc.block(table);
    }
    let never: Vec<String> =
        counts.iter().filter(|(_, n)| *n == 0).map(|(id, _)| inline(session.principles.name_of(id))).collect();
    if !never.is_empty() {
        doc.block(format!("Never invoked: {}", never.join(NAME_SEPARATOR)));
    }
}

fn iterations(doc: &mut Document, session: &Session) {
    if session.iterations.is_empty() {
        return;
    }
    doc.heading(3, "Iteration log");
    let mut lines = Vec::new();
    for iteration in &session.iterations {
        let mut line = format!("- **Version {}**", iteration.number);
        if !iteration.created_at.is_empty() {
            let _ = write!(line, " ({})", inline(&iteration.created_at));
        }
        let note = inline(&iteration.note);
        let _ = write!(line, ": {}", if note.is_empty() { "no note" } else { &note });
        let words = iteration.press_release.word_count();
        let _ = write!(line, " Press release: {words} words.");
        let addressed: Vec<String> = iteration
            .addresses
            .iter()
            .map(|id| match session.review.items.iter().find(|item| item.id == *id) {
                Some(item) => format!("“{}”", inline(&item.text)),
                None => inline(id),
            })
            .collect();
        if !addressed.is_empty() {
            let _ = write!(line, " Addresses: {}", addressed.join("; "));
        }
        lines.push(line);
    }
    doc.block(lines.join("\n"));
}

fn timeboxes(doc: &mut Document, session: &Session) {
    let boxes = &session.timeboxes;
    if Stage::ALL.iter().all(|stage| boxes.spent_seconds.get(*stage) == 0) {
        return;
    }
    doc.heading(3, "Time");
    let mut table = String::from("| Stage | Planned | Spent |\n| --- | --- | --- |");
    for stage in Stage::ALL {
        let spent = boxes.spent_seconds.get(stage);
        let _ = write!(
            table,
            "\n| {} | {} min | {}:{:02} |",
            stage.title(),
            boxes.minutes.get(stage),
            spent / 60,
            spent % 60
        );
    }
    doc.block(table);
}
