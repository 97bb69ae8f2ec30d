//! How long one export takes in each format, on the clinic example (a full press release,
//! nine FAQ entries, a review with six decisions, two versions): markdown against the
//! Word file and the web page drawn from the same document model.
//!
//! Run: `cargo bench --bench export`

use std::hint::black_box;
use std::path::Path;

use backwards::export::{Format, Options, render, render_with};
use criterion::{Criterion, criterion_group, criterion_main};

fn formats(c: &mut Criterion) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/01kjh8m2c4t7w9x3y5z6a8b0d1.json");
    let session = backwards::store::load(&path).expect("the clinic example loads").session;
    let mut group = c.benchmark_group("export");
    for (name, format) in [("md", Format::Markdown), ("docx", Format::Docx), ("html", Format::Html)] {
        group.bench_function(name, |b| b.iter(|| render(black_box(&session), format)));
    }
    let with_diff = Options { with_diff: true };
    group.bench_function("html --with-diff", |b| b.iter(|| render_with(black_box(&session), Format::Html, with_diff)));
    group.finish();
}

criterion_group!(benches, formats);
criterion_main!(benches);
