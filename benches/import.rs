//! How fast `backwards import` reads PR/FAQs: one 5,000-word document, and batches of
//! 100 and 1,000 typical documents in one call (`import_many`), whose cost per document
//! should stay flat as the batch grows; and a batch parsed only (as `--dry-run` does)
//! beside the same batch imported for real, each session written to a sessions folder,
//! so that what writing adds to parsing shows in one run. Criterion reports documents
//! per second.
//!
//! Run: `cargo bench --bench import`

use std::time::Duration;

use backwards::domain::{ImportedFrom, PrincipleSet};
use backwards::import::{Imported, import, import_many};
use backwards::store::{self, Paths, sha256_hex};
use criterion::{BatchSize, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

const WORDS: [&str; 16] = [
    "parents", "read", "minutes", "each", "night", "with", "their", "children", "and", "track", "progress", "weekly",
    "the", "library", "sends", "books",
];

fn sentence(words: usize, seed: usize) -> String {
    let text: Vec<&str> = (0..words).map(|i| WORDS[(i * 7 + seed) % WORDS.len()]).collect();
    format!("{}.", text.join(" "))
}

/// A PR/FAQ in the common heading layout: a press release of `paragraphs` paragraphs
/// per section and `questions` FAQ entries of each half, about 60 words per paragraph.
fn document(n: usize, paragraphs: usize, questions: usize) -> String {
    let mut doc =
        format!("# PR/FAQ: Reader {n}\n\n## Press Release\n\n### Reader {n} helps parents read with children\n\n");
    doc.push_str("*Parents of young readers see progress every week.*\n\n");
    for (i, name) in
        ["Summary", "Problem", "Solution", "Leader quote", "How it works", "Customer quote", "Call to action"]
            .iter()
            .enumerate()
    {
        doc.push_str(&format!("#### {name}\n\n"));
        for p in 0..paragraphs {
            doc.push_str(&format!("{}\n{}\n\n", sentence(30, n + i + p), sentence(30, n + i + p + 1)));
        }
    }
    for half in ["External FAQ", "Internal FAQ"] {
        doc.push_str(&format!("## {half}\n\n"));
        for q in 0..questions {
            doc.push_str(&format!("**Q: How do {} work for family {q}?**\n\n{}\n\n", WORDS[q % 16], sentence(40, q)));
        }
    }
    doc.push_str("## Tenets\n\n1. Children first.\n2. Parents decide.");
    doc
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

fn bench(c: &mut Criterion) {
    let large = document(0, 8, 18);
    let mut group = c.benchmark_group("import");
    group.sample_size(20).measurement_time(Duration::from_secs(5));
    group.throughput(Throughput::Elements(1));
    group.bench_function(format!("one document of {} words", words(&large)), |b| b.iter(|| import(&large, "large.md")));
    group.finish();

    let typical: Vec<(String, String)> = (0..1000).map(|n| (document(n, 1, 5), format!("doc-{n}.md"))).collect();
    let mut group = c.benchmark_group("import_many");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for count in [100, 1000] {
        group.throughput(Throughput::Elements(count as u64));
        let batch = &typical[..count];
        group.bench_with_input(
            BenchmarkId::new(format!("documents of ~{} words", words(&batch[0].0)), count),
            batch,
            |b, batch| b.iter(|| import_many(batch)),
        );
    }
    group.finish();

    // The same batches on one thread, to tell the engine's cost per document from what
    // sharing the cores adds.
    let mut group = c.benchmark_group("import_sequential");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for count in [100, 1000] {
        group.throughput(Throughput::Elements(count as u64));
        let batch = &typical[..count];
        group.bench_with_input(BenchmarkId::from_parameter(count), batch, |b, batch| {
            b.iter(|| batch.iter().map(|(text, name)| import(text, name)).collect::<Vec<_>>())
        });
    }
    group.finish();
}

/// A fresh sessions folder for one batch; it goes when the batch is done, so that the
/// disk does not fill over the run and no batch writes into a fuller folder.
fn fresh_folder() -> (tempfile::TempDir, Paths) {
    let root = tempfile::tempdir().expect("a temporary folder");
    let paths = Paths {
        sessions: root.path().join("sessions"),
        state: root.path().join("state"),
        config: root.path().join("config"),
    };
    std::fs::create_dir_all(&paths.sessions).expect("a sessions folder");
    (root, paths)
}

/// The batch imported as `backwards import` does it: parsed, then each session written.
fn import_and_write(batch: &[(String, String)], paths: &Paths) {
    for ((text, name), Imported { session, .. }) in batch.iter().zip(import_many(batch)) {
        let from = ImportedFrom { file: name.clone(), sha256: sha256_hex(text.as_bytes()), ..ImportedFrom::default() };
        store::create_imported(paths, session, from, PrincipleSet::amazon(), true).expect("the session is written");
    }
}

fn bench_writing(c: &mut Criterion) {
    const COUNT: usize = 100;
    let batch: Vec<(String, String)> = (0..COUNT).map(|n| (document(n, 1, 5), format!("doc-{n}.md"))).collect();
    let mut group = c.benchmark_group("import_parse_vs_write");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    group.throughput(Throughput::Elements(COUNT as u64));
    group.bench_with_input(BenchmarkId::new("parse only (dry run)", COUNT), &batch, |b, batch| {
        b.iter(|| import_many(batch))
    });
    group.bench_with_input(BenchmarkId::new("parse and write", COUNT), &batch, |b, batch| {
        b.iter_batched(
            fresh_folder,
            |(root, paths)| {
                import_and_write(batch, &paths);
                root
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, bench, bench_writing);
criterion_main!(benches);
