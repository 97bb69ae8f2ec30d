//! Writes sessions of realistic size for measuring scale by hand:
//! `cargo run --release --example make_sessions -- FOLDER COUNT [REVIEW_ITEMS]`
//! writes COUNT sessions (about 21 KB each) into FOLDER; with REVIEW_ITEMS, the first
//! one also holds that many review items (20,000 make about 6 MB). The benches write
//! their folders with [`write_sessions`].

use backwards::domain::{FaqEntry, Outcome, PrincipleSet, ReviewItem, ReviewKind, Session, Stage};

fn paragraph(words: usize, seed: usize) -> String {
    const WORDS: [&str; 12] = [
        "parents", "read", "minutes", "each", "night", "with", "their", "children", "and", "track", "progress",
        "weekly",
    ];
    (0..words).map(|i| WORDS[(i * 7 + seed) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

fn review_item(r: usize) -> ReviewItem {
    let mut item = ReviewItem::new(format!("r{r}"), ReviewKind::ALL[r % 4], "2026-03-01T10:00:00Z".into());
    item.text = paragraph(25, r);
    item.author = "Bo".into();
    item.votes = (r % 7) as u32;
    if r % 4 == 3 {
        item.outcome = Some(Outcome::Revise);
        item.principles = vec!["dive-deep".into()];
    }
    item
}

fn session(n: usize, review_items: usize) -> Session {
    let mut session = Session::new(
        format!("01bench{n:019}"),
        format!("Benchmark session {n}"),
        format!("2026-03-{:02}T09:00:00Z", n % 28 + 1),
        PrincipleSet::amazon(),
    );
    session.stage = Stage::Review;
    session.facilitator = "Dana".into();
    session.participants = vec!["Ari".into(), "Bo".into(), "Cy".into()];
    for section in backwards::domain::Section::ALL {
        *session.press_release.section_mut(section) = paragraph(65, n);
    }
    for question in backwards::domain::CustomerQuestion::ALL {
        session.customer.answer_mut(question).text = paragraph(40, n + 1);
    }
    for q in 0..10 {
        let entry = FaqEntry {
            id: format!("q{q}"),
            question: paragraph(12, q),
            answer: paragraph(50, q),
            extra: Default::default(),
        };
        if q < 5 { session.faq.external.push(entry) } else { session.faq.internal.push(entry) }
    }
    session.review.items = (0..review_items).map(review_item).collect();
    session.iterations.push(backwards::domain::Iteration {
        number: 1,
        created_at: "2026-03-01T11:00:00Z".into(),
        note: paragraph(20, n),
        addresses: Vec::new(),
        customer: session.customer.clone(),
        press_release: session.press_release.clone(),
        faq: session.faq.clone(),
        extra: Default::default(),
    });
    session
}

/// Writes `count` sessions into `folder`; the first holds `first_review_items` review items.
pub fn write_sessions(folder: &std::path::Path, count: usize, first_review_items: usize) -> Result<(), String> {
    std::fs::create_dir_all(folder).map_err(|e| e.to_string())?;
    for n in 0..count {
        let session = session(n, if n == 0 { first_review_items } else { 12 });
        let bytes = backwards::store::to_bytes(&session).map_err(|e| e.to_string())?;
        std::fs::write(folder.join(format!("{}.json", session.id)), bytes).map_err(|e| e.to_string())?;
    }
    Ok(())
}

pub fn main() -> Result<(), String> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = || "usage: make_sessions FOLDER COUNT [REVIEW_ITEMS]".to_owned();
    let folder = std::path::PathBuf::from(args.first().ok_or_else(usage)?);
    let count: usize = args.get(1).and_then(|n| n.parse().ok()).ok_or_else(usage)?;
    let big: usize = args.get(2).map(|n| n.parse().map_err(|_| usage())).transpose()?.unwrap_or(12);
    write_sessions(&folder, count, big)
}
