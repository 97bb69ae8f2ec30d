//! How fast `backwards merge` is on a large session (a 10,000-word press release, 500
//! review items, 30 frozen versions), beside the floor git itself sets on the same
//! file: `git checkout` of it, and git's own line merge (`git merge-file`).
//!
//! Run: `cargo bench --bench merge`

use std::path::Path;
use std::process::Command;

use backwards::domain::{PrincipleSet, ReviewItem, ReviewKind, Section, Session};
use backwards::merge::merge_values;
use backwards::store;
use criterion::{BatchSize, Criterion, criterion_group, criterion_main};

const BACKWARDS: &str = env!("CARGO_BIN_EXE_backwards");

fn words(count: usize, seed: usize) -> String {
    const WORDS: [&str; 12] = [
        "parents", "read", "minutes", "each", "night", "with", "their", "children", "and", "track", "progress",
        "weekly",
    ];
    (0..count).map(|i| WORDS[(i * 7 + seed) % WORDS.len()]).collect::<Vec<_>>().join(" ")
}

fn large_session() -> Session {
    let mut session =
        Session::new("01benchmerge".into(), "Large".into(), "2026-03-01T09:00:00Z".into(), PrincipleSet::amazon());
    for (n, section) in Section::ALL.into_iter().enumerate() {
        *session.press_release.section_mut(section) = words(10_000 / Section::ALL.len() + 1, n);
    }
    for n in 0..500 {
        let mut item = ReviewItem::new(format!("r{n}"), ReviewKind::Comment, "2026-03-01T09:00:00Z".into());
        item.text = words(30, n);
        item.votes = (n % 5) as u32;
        session.review.items.push(item);
    }
    for _ in 0..30 {
        session.freeze("a version".into(), Vec::new(), "2026-03-01T09:00:00Z".into());
    }
    session
}

/// Base, ours and theirs: each side edits its own end of one long section, adds items
/// and votes.
fn three_versions() -> (Session, Session, Session) {
    let base = large_session();
    let mut ours = base.clone();
    ours.press_release.problem.insert_str(0, "Young ");
    ours.review.items[3].votes += 1;
    let mut theirs = base.clone();
    theirs.press_release.problem.push_str(" at bedtime.");
    theirs.press_release.headline = "Read along".into();
    theirs.review.items[3].votes += 2;
    for n in 0..5 {
        ours.review.items.push(ReviewItem::new(format!("r-o{n}"), ReviewKind::Concern, String::new()));
        theirs.review.items.push(ReviewItem::new(format!("r-t{n}"), ReviewKind::Question, String::new()));
    }
    (base, ours, theirs)
}

fn git(dir: &Path, args: &[&str]) {
    let status = Command::new("git")
        .current_dir(dir)
        .args(["-c", "user.name=bench", "-c", "user.email=bench@example.com"])
        .args(args)
        .status()
        .unwrap();
    assert!(status.success(), "git {args:?}");
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (base, ours, theirs) = three_versions();
    let files = [("base.json", &base), ("ours.json", &ours), ("theirs.json", &theirs)];
    for (name, session) in files {
        std::fs::write(dir.path().join(name), store::to_bytes(session).unwrap()).unwrap();
    }
    let size = std::fs::metadata(dir.path().join("ours.json")).unwrap().len();
    eprintln!("session file: {} KiB", size / 1024);
    let values = files.map(|(_, s)| serde_json::to_value(s).unwrap());

    let mut group = c.benchmark_group("merge a large session");
    group.sample_size(20);
    group.bench_function("engine only (parsed values)", |b| {
        b.iter(|| merge_values(Some(&values[0]), &values[1], &values[2]))
    });
    let result = dir.path().join("result.json");
    let fresh_ours = || std::fs::copy(dir.path().join("ours.json"), &result).unwrap();
    group.bench_function("backwards merge (the driver, a process)", |b| {
        b.iter_batched(
            fresh_ours,
            |_| {
                let status = Command::new(BACKWARDS)
                    .env("BACKWARDS_STATE_DIR", dir.path().join("state"))
                    .env("BACKWARDS_CONFIG_DIR", dir.path().join("config"))
                    .args(["merge", "base.json", "result.json", "theirs.json"])
                    .current_dir(dir.path())
                    .status()
                    .unwrap();
                assert!(status.success());
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function("floor: git merge-file (git's line merge)", |b| {
        b.iter_batched(
            fresh_ours,
            |_| {
                Command::new("git")
                    .current_dir(dir.path())
                    .args(["merge-file", "result.json", "base.json", "theirs.json"])
                    .status()
                    .unwrap()
            },
            BatchSize::PerIteration,
        )
    });
    let repo = dir.path().join("repo");
    std::fs::create_dir_all(&repo).unwrap();
    git(&repo, &["init", "-q"]);
    std::fs::copy(dir.path().join("ours.json"), repo.join("s.json")).unwrap();
    git(&repo, &["add", "s.json"]);
    git(&repo, &["commit", "-q", "-m", "s"]);
    group.bench_function("floor: git checkout of the file", |b| {
        b.iter_batched(
            || std::fs::write(repo.join("s.json"), b"changed").unwrap(),
            |()| git(&repo, &["checkout", "-q", "--", "s.json"]),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
