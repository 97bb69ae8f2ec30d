//! How fast the writing coach reads a whole draft: `lint` on a 40 KB PR/FAQ (a weak
//! English draft from the test corpus, grown to that size, so every rule has work), and
//! the same for a Japanese one. The goal: under 10 ms each.
//!
//! Run: `cargo bench --bench lint`

use backwards::domain::{FaqEntry, Section, Session, lint};
use criterion::{Criterion, criterion_group, criterion_main};

const TARGET_BYTES: usize = 40 * 1024;

fn corpus(name: &str) -> Session {
    let path = format!("{}/tests/fixtures/coach/{name}.json", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_slice(&std::fs::read(path).expect("the corpus is in the repository")).expect("a valid session")
}

/// The draft's own texts repeated until it holds about 40 KB: longer sections, and more
/// FAQ entries made of its answers.
fn grown(mut session: Session) -> Session {
    let entries: Vec<FaqEntry> = session.faq.external.iter().chain(&session.faq.internal).cloned().collect();
    let mut round = 0;
    while text_bytes(&session) < TARGET_BYTES {
        for section in [Section::Problem, Section::Solution, Section::GettingStarted] {
            let text = session.press_release.section(section).clone();
            let first = text.split("\n\n").next().unwrap_or_default().to_owned();
            *session.press_release.section_mut(section) = format!("{text}\n\n{first}");
        }
        for entry in &entries {
            let mut copy = entry.clone();
            copy.id = format!("{}-{round}", entry.id);
            copy.answer = format!("{} {}", entry.answer, entry.answer);
            session.faq.external.push(copy);
        }
        round += 1;
    }
    session
}

/// The bytes of writing in the draft: the customer's answers, the press release, the FAQ.
fn text_bytes(s: &Session) -> usize {
    s.customer.who.text.len()
        + [&s.customer.problem, &s.customer.benefit, &s.customer.evidence, &s.customer.experience]
            .iter()
            .map(|a| a.text.len())
            .sum::<usize>()
        + Section::ALL.iter().map(|x| s.press_release.section(*x).len()).sum::<usize>()
        + s.faq.external.iter().chain(&s.faq.internal).map(|e| e.question.len() + e.answer.len()).sum::<usize>()
}

fn bench(c: &mut Criterion) {
    for name in ["en-weak-meetings", "ja-weak-platform"] {
        let session = grown(corpus(name));
        let notes = lint(&session).len();
        println!("{name}: {} bytes of text, {notes} notes", text_bytes(&session));
        c.bench_function(&format!("lint 40 KB {name}"), |b| b.iter(|| lint(std::hint::black_box(&session))));
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
