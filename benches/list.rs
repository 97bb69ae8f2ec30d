//! How fast `list` is on a folder of 10,000 sessions of realistic size: with no cache
//! (cold), with a warm cache, and the floor of reading the folder's entries alone.
//!
//! Run: `cargo bench --bench list`

use std::path::Path;

use backwards::domain::{FaqEntry, Outcome, PrincipleSet, ReviewItem, ReviewKind, Session, Stage};
use backwards::store::{self, Paths};
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const SESSIONS: usize = 10_000;

fn paragraph(words: usize, seed: usize) -> String {
    const WORDS: [&str; 12] = [
        "parents", "read", "minutes", "each", "night", "with", "their", "children", "and", "track", "progress",
        "weekly",
    ];
    (0..words).map(|i| WORDS[(i * 7 + seed) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

/// A session about the size of a finished workshop: a full press release (~600 words),
/// ten FAQ entries, a dozen review items and one frozen version.
fn realistic_session(n: usize) -> Session {
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
    for r in 0..12 {
        let mut item = ReviewItem::new(format!("r{r}"), ReviewKind::ALL[r % 4], "2026-03-01T10:00:00Z".into());
        item.text = paragraph(25, r);
        item.author = "Bo".into();
        item.votes = r as u32;
        if r % 4 == 3 {
            item.outcome = Some(Outcome::Revise);
            item.principles = vec!["dive-deep".into()];
        }
        session.review.items.push(item);
    }
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

fn make_folder(root: &Path) -> Paths {
    let paths = Paths { sessions: root.join("sessions"), state: root.join("state"), config: root.join("config") };
    std::fs::create_dir_all(&paths.sessions).expect("create the sessions folder");
    let template = realistic_session(0);
    let bytes = store::to_bytes(&template).expect("serialise");
    eprintln!("writing {SESSIONS} sessions of {} bytes each", bytes.len());
    for n in 0..SESSIONS {
        let mut session = template.clone();
        session.id = format!("01bench{n:019}");
        session.title = format!("Benchmark session {n}");
        std::fs::write(
            paths.sessions.join(format!("{}.json", session.id)),
            store::to_bytes(&session).expect("serialise"),
        )
        .expect("write a session");
    }
    paths
}

fn list_benchmarks(c: &mut Criterion) {
    let root = tempfile::tempdir().expect("a temporary folder");
    let paths = make_folder(root.path());
    let mut group = c.benchmark_group("list 10k sessions");
    group.sample_size(20);

    group.bench_function("floor: read the folder's entries", |b| {
        b.iter(|| {
            std::fs::read_dir(&paths.sessions)
                .expect("read the folder")
                .flatten()
                .map(|e| e.file_name())
                .collect::<Vec<_>>()
        })
    });
    group.bench_function("floor: entries and their metadata", |b| {
        b.iter(|| {
            std::fs::read_dir(&paths.sessions)
                .expect("read the folder")
                .flatten()
                .filter_map(|e| e.metadata().ok())
                .map(|m| m.len())
                .sum::<u64>()
        })
    });
    store::list(&paths).expect("warm the cache");
    group.bench_function("warm cache", |b| b.iter(|| store::list(&paths).expect("list").entries.len()));
    // Reported against the floors above: the content index read back for a search.
    let files: Vec<_> = store::list(&paths).expect("list").entries.iter().map(|e| e.path().to_path_buf()).collect();
    store::index_content(&paths, &files);
    group.bench_function("content index, warm", |b| b.iter(|| store::index_content(&paths, &files).len()));
    group.sample_size(10);
    group.bench_function("cold: no cache", |b| {
        b.iter_batched(
            || std::fs::remove_dir_all(paths.list_cache()).ok(),
            |_| store::list(&paths).expect("list").entries.len(),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, list_benchmarks);
criterion_main!(benches);
