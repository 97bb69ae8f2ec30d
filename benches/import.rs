//! How fast `backwards import` reads PR/FAQs: one 5,000-word document, and batches of
//! 100 and 1,000 typical documents in one call (`import_many`), whose cost per document
//! should stay flat as the batch grows. Criterion reports documents per second.
//!
//! Run: `cargo bench --bench import`

use std::time::Duration;

use backwards::import::{import, import_many};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};

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

criterion_group!(benches, bench);
criterion_main!(benches);
