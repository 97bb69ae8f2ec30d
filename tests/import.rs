//! The importer on documents in every layout it must recognise (fixtures written for
//! these tests, in English, German, Russian, Japanese and Chinese): what lands in which
//! field, what is kept aside, and that an exported session imports to itself.

use backwards::domain::{Confidence, CustomerQuestion, Section, Session};
use backwards::export::markdown;
use backwards::import::import;

fn fixture(name: &str) -> Session {
    let path = format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    import(&text, name).session
}

/// What one fixture must give: the headline, the subheading, a phrase of each of the
/// seven sections, the FAQ questions of each half and the titles kept aside.
struct Expected {
    file: &'static str,
    title: &'static str,
    headline: &'static str,
    subheading: &'static str,
    sections: [&'static str; 7],
    external: &'static [&'static str],
    internal: &'static [&'static str],
    kept: &'static [&'static str],
}

const BODY: [Section; 7] = [
    Section::Summary,
    Section::Problem,
    Section::Solution,
    Section::LeaderQuote,
    Section::GettingStarted,
    Section::CustomerQuote,
    Section::CallToAction,
];

const EXPECTED: &[Expected] = &[
    // Headings with closing ##, in ALL CAPS, with bold inside; "PR/FAQ:" title; italic
    // subheading; FAQ as ###/#### headings under a topic; a heading in a code fence.
    Expected {
        file: "en_headings.md",
        title: "Trailhead",
        headline: "Trailhead shows hikers which paths are open before they leave home",
        subheading: "Day hikers in the Peak District see closures, mud and crowds on one map the night before a walk.",
        sections: [
            "SHEFFIELD, 4 April 2026 — Moorland Trust today launched Trailhead, a free map of every public footpath",
            "One walk in five",
            "green for clear",
            "said Ruth Okafor",
            "- Reports older than 24 hours fade out.",
            "said Imogen Hale",
            "free at trailhead.example.org",
        ],
        external: &["How much does Trailhead cost?", "Do I need signal on the hill"],
        internal: &["How many rangers must post for the map to be useful?", "What does it cost to run?"],
        kept: &["FAQ topics", "Tenets", "Appendix: data model", "Headings and labels"],
    },
    // Front matter; bold first line and a plain next line; bold lead-in labels; Google
    // Docs escapes; **Q:**/**A:**, Q:/A: wrapping over two lines, a bold question; a
    // customer-problem part; no final newline.
    Expected {
        file: "en_bold_labels.md",
        title: "Ledgerly",
        headline: "Ledgerly closes the books for small bakeries in one evening",
        subheading: "Owners of one-shop bakeries finish the month-end close without an accountant on call.",
        sections: [
            "MANCHESTER, 1 June 2026",
            "with the bank - usually on a Sunday ~ and pays",
            "matches every till day",
            "said Tom Aziz",
            "Connect the till",
            "said Dee Marsh",
            "£12 a month",
        ],
        external: &[
            "Which tills does Ledgerly read?",
            "What happens when a day does not match the bank?",
            "Is my data shared with my accountant?",
        ],
        internal: &[],
        kept: &["Front matter", "Headings and labels"],
    },
    // No headings in the press release: plain headline and subheading lines, a dateline,
    // quotations with "said"; a table, an image and a link; C1./I1. and a numbered list.
    Expected {
        file: "en_unnamed.md",
        title: "Parcel Pause lets renters hold deliveries at the corner shop",
        headline: "Parcel Pause lets renters hold deliveries at the corner shop",
        subheading: "Renters who are out at work pick up parcels on the way home instead of chasing missed-delivery cards.",
        sections: [
            "BRISTOL, 10 September 2026",
            "A third of parcels",
            "Renters choose a shop once.",
            "said Ana Ruiz, CEO",
            "Plus | 30 | £3",
            "said Callum Reid",
            "map of shops (https://example.org/shops.png) or the list (https://example.org/list)",
        ],
        external: &["Which couriers take part?", "What if the shop is shut when I arrive?"],
        internal: &["How do shops earn money?", "How many shops do we need per postcode?", "What is the fraud risk?"],
        kept: &["Headings and labels"],
    },
    // "PART 1 — PRESS RELEASE" in capitals; labels with the colon inside the bold;
    // numbered bold questions with nested "- A:" items; Q: without A:, one wrapping into
    // its answer paragraph; a customer part named by headings.
    Expected {
        file: "en_parts.md",
        title: "Stillwater",
        headline: "Stillwater gives families one quiet hour a day, without a fight over phones",
        subheading: "Parents of teenagers set a quiet hour that every phone in the house keeps.",
        sections: [
            "DUBLIN, 8 October 2026",
            "Three parents in four",
            "holds notifications",
            "said Niamh Byrne",
            "six-digit family code",
            "said Conor Walsh",
            "free for families",
        ],
        external: &["Can a teenager leave the quiet hour?", "What about calls from school?"],
        internal: &["Which phones does it support", "Where are the family codes stored?"],
        kept: &["Headings and labels"],
    },
    Expected {
        file: "de.md",
        title: "Hofladen-Kasse: Bezahlen mit Karte am Feldrand, auch ohne Netz",
        headline: "Hofladen-Kasse: Bezahlen mit Karte am Feldrand, auch ohne Netz",
        subheading: "Landwirte verkaufen am Selbstbedienungsstand auch an Kunden ohne Bargeld.",
        sections: [
            "ULM, 3. Mai 2026",
            "Vier von zehn",
            "speichert Zahlungen",
            "Jana Wolf",
            "geschraubt",
            "Bernd Maier",
            "89 Euro",
        ],
        external: &["Was passiert, wenn die Zahlung später fehlschlägt?", "Brauche ich ein Bankkonto in Deutschland?"],
        internal: &["Wie hoch ist der Ausfall bei Offline-Zahlungen?"],
        kept: &["Headings and labels"],
    },
    // One undivided FAQ of nested list items ("- В:" / "  - О:").
    Expected {
        file: "ru.md",
        title: "«Школьный автобус» сообщает родителям, где сейчас автобус",
        headline: "«Школьный автобус» сообщает родителям, где сейчас автобус",
        subheading: "Родители в пригородах видят, когда автобус подъедет к остановке, и не ждут на холоде.",
        sections: [
            "КАЗАНЬ, 1 сентября 2026 г.",
            "до 25 минут",
            "включает трекер",
            "Ильдар Сафин",
            "код школы",
            "Алсу Гарипова",
            "бесплатен",
        ],
        external: &[
            "Сколько стоит сервис для родителей?",
            "Что будет, если у водителя разрядится телефон?",
            "Видит ли школа, где мой ребёнок",
        ],
        internal: &[],
        kept: &["Headings and labels"],
    },
    // Questions ending in ？ or in nothing.
    Expected {
        file: "ja.md",
        title: "「おかえり便」：離れて暮らす親に毎週の買い物を届ける",
        headline: "「おかえり便」：離れて暮らす親に毎週の買い物を届ける",
        subheading: "遠方に住む子どもが、実家の親の食料品を毎週まとめて手配できます。",
        sections: ["札幌、2026年2月1日", "四割", "毎週木曜日", "佐藤美穂", "住所を登録", "田中健", "初回の配送は無料"],
        external: &["配送料はいくらですか？", "親が不在のときはどうなりますか"],
        internal: &["スーパーの利益は出ますか？"],
        kept: &["Headings and labels"],
    },
    // The press release named by a bold line; 问：/答： pairs.
    Expected {
        file: "zh.md",
        title: "\"书包秤\"让家长知道孩子的书包有多重",
        headline: "\"书包秤\"让家长知道孩子的书包有多重",
        subheading: "小学生家长每天早上都能看到书包的重量，并得到减重建议。",
        sections: ["成都，2026年3月1日", "百分之十五", "自动称重", "王磊", "二维码", "李娜", "免费使用"],
        external: &["书包秤收费吗？", "称重数据会给别人看吗？"],
        internal: &["一台秤的成本是多少？"],
        kept: &["Headings and labels"],
    },
];

#[test]
fn every_layout_lands_in_the_right_fields() {
    for expected in EXPECTED {
        let session = fixture(expected.file);
        let file = expected.file;
        let pr = &session.press_release;
        assert_eq!(session.title, expected.title, "{file}: title");
        assert_eq!(pr.headline, expected.headline, "{file}: headline");
        assert_eq!(pr.subheading, expected.subheading, "{file}: subheading");
        for (section, phrase) in BODY.iter().zip(expected.sections) {
            let text = pr.section(*section);
            assert!(text.contains(phrase), "{file}: {} should hold {phrase:?}, holds {text:?}", section.label());
            for other in BODY.iter().filter(|s| *s != section) {
                assert!(!pr.section(*other).contains(phrase), "{file}: {phrase:?} also in {}", other.label());
            }
        }
        let questions =
            |entries: &[backwards::domain::FaqEntry]| entries.iter().map(|e| e.question.clone()).collect::<Vec<_>>();
        assert_eq!(questions(&session.faq.external), expected.external, "{file}: external FAQ");
        assert_eq!(questions(&session.faq.internal), expected.internal, "{file}: internal FAQ");
        for entry in session.faq.external.iter().chain(&session.faq.internal) {
            assert!(!entry.answer.trim().is_empty(), "{file}: {:?} has no answer", entry.question);
            assert!(
                !entry.answer.starts_with("A:") && !entry.answer.starts_with("О:") && !entry.answer.starts_with("答")
            );
        }
        let kept: Vec<&str> = session.kept_aside.iter().map(|k| k.title.as_str()).collect();
        assert_eq!(kept, expected.kept, "{file}: kept aside");
    }
}

#[test]
fn a_customer_problem_part_fills_the_five_answers_with_their_confidence() {
    let session = fixture("en_bold_labels.md");
    let answer = |q| session.customer.answer(q).clone();
    assert_eq!(answer(CustomerQuestion::Who).text, "Owners of one-shop bakeries who do their own books.");
    assert_eq!(answer(CustomerQuestion::Who).confidence, Confidence::Observed);
    assert_eq!(answer(CustomerQuestion::Benefit).confidence, Confidence::Assumed);
    assert_eq!(answer(CustomerQuestion::Problem).text, "The month-end close takes 9 hours.");
    assert_eq!(answer(CustomerQuestion::Problem).confidence, Confidence::Reported, "reported unless it says otherwise");
    assert!(answer(CustomerQuestion::Evidence).text.contains("14 owners"));
    assert!(answer(CustomerQuestion::Experience).text.starts_with("Connect, review"));
    let headed = fixture("en_parts.md");
    assert_eq!(headed.customer.who.text, "Parents of two or more teenagers who share meals at home.");
    assert_eq!(headed.customer.who.confidence, Confidence::Observed);
    assert_eq!(headed.customer.problem.text, "Arguments about phones at the table, most evenings.");
    assert_eq!(headed.customer.benefit.confidence, Confidence::Assumed);
    assert!(headed.customer.evidence.text.is_empty(), "a question the document does not answer stays empty");
    let without = fixture("en_headings.md");
    assert!(without.customer.is_empty(), "no customer part, no answers");
}

#[test]
fn headings_in_code_and_the_tenets_after_the_faq_are_kept_aside_as_written() {
    let session = fixture("en_headings.md");
    let appendix = session.kept_aside.iter().find(|k| k.title == "Appendix: data model").unwrap();
    assert_eq!(appendix.text, "# Report\npath_id, status, reported_at, reporter");
    let tenets = session.kept_aside.iter().find(|k| k.title == "Tenets").unwrap();
    assert!(tenets.text.starts_with("1. Walkers first"), "{}", tenets.text);
    assert!(tenets.text.contains("\n2. Reports fade"), "{}", tenets.text);
    assert_eq!(session.kept_aside[0].text, "Pricing", "the FAQ's topic heading");
}

#[test]
fn a_document_with_no_pr_faq_is_kept_aside_whole_and_the_report_says_so() {
    let text =
        std::fs::read_to_string(format!("{}/tests/fixtures/import/not_prfaq.md", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let imported = import(&text, "notes/not_prfaq.md");
    assert!(!imported.report.recognised);
    assert!(imported.session.press_release.is_empty() && imported.session.faq.is_empty());
    assert_eq!(imported.session.kept_aside.len(), 1);
    assert_eq!(imported.session.kept_aside[0].text, text.trim());
    assert_eq!(imported.session.title, "Groceries for Saturday");
    assert!(imported.report.warnings[0].contains("no recognisable PR/FAQ"), "{:?}", imported.report.warnings);
}

#[test]
fn the_report_names_each_field_with_its_first_words() {
    let text = std::fs::read_to_string(format!("{}/tests/fixtures/import/en_headings.md", env!("CARGO_MANIFEST_DIR")))
        .unwrap();
    let report = import(&text, "en_headings.md").report;
    let headline = report.fields.iter().find(|f| f.key == "press_release.headline").unwrap();
    assert_eq!(headline.first_words, "Trailhead shows hikers which paths are open before …");
    assert!(report.fields.iter().any(|f| f.key == "faq.internal[1]"));
    assert!(report.kept_aside.iter().any(|k| k.title == "Tenets" && k.first_words.starts_with("1. Walkers first:")));
    assert!(report.warnings.iter().any(|w| w.contains("customer questions are left empty")));
}

/// The example sessions exported to markdown by the exporter and imported again give
/// back their press release, FAQ and customer answers.
#[test]
fn an_exported_session_imports_to_the_same_fields() {
    let folder = format!("{}/sessions", env!("CARGO_MANIFEST_DIR"));
    let mut checked = 0;
    for entry in std::fs::read_dir(folder).unwrap() {
        let bytes = std::fs::read(entry.unwrap().path()).unwrap();
        let original: Session = serde_json::from_slice(&bytes).unwrap();
        let document = markdown(&original);
        let imported = import(&document, "exported.md").session;
        assert_eq!(imported.title, original.title, "{document}");
        assert_eq!(imported.press_release, original.press_release, "{}\n{document}", original.title);
        let pairs = |faq: &[backwards::domain::FaqEntry]| {
            faq.iter().map(|e| (e.question.clone(), e.answer.clone())).collect::<Vec<_>>()
        };
        assert_eq!(pairs(&imported.faq.external), pairs(&original.faq.external), "{}", original.title);
        assert_eq!(pairs(&imported.faq.internal), pairs(&original.faq.internal), "{}", original.title);
        assert_eq!(imported.customer, original.customer, "{}", original.title);
        checked += 1;
    }
    assert!(checked >= 3);
}

#[test]
fn the_export_ends_with_what_was_kept_aside_as_literal_text() {
    let session = fixture("en_headings.md");
    let document = markdown(&session);
    let kept_at = document.find("## Kept from the imported document").expect("a kept-aside part");
    assert!(kept_at > document.find("## FAQ").unwrap(), "after the press release and the FAQ");
    assert!(document.contains("### Tenets\n\n_Kept aside: a part with no field in a session_"), "{document}");
    // The code's "# Report" stays text: it must not become a heading of the export.
    assert!(document.contains("\\# Report"), "{document}");
}

#[test]
fn the_coach_does_not_read_what_was_kept_aside() {
    let source = "# Tidy launches\n\nLEEDS, 1 May 2026 — Tidy launched today.\n\n## Tenets\n\nTODO: we will write these. It is very simply the best.";
    let mut session = import(source, "tenets.md").session;
    assert!(session.kept_aside.iter().any(|k| k.text.contains("TODO")));
    session.imported_from = Some(Default::default());
    let notes = backwards::domain::lint(&session);
    for note in &notes {
        assert!(
            // The coach quotes the words it objects to: none of the kept part's may appear.
            !note.message.to_lowercase().contains("todo")
                && !note.message.contains("“will”")
                && !note.message.contains("“very”"),
            "{note:?}"
        );
    }
    session.press_release.solution = "TODO".into();
    assert!(
        backwards::domain::lint(&session).iter().any(|n| n.rule == "placeholder"),
        "the coach still reads the fields"
    );
}

/// The importer asks the coach's dateline question, so a place and a date after the dash
/// ("Seattle — 3 March 2026 —") open the summary, as the coach reads them, rather than
/// being taken for a one-line subheading.
#[test]
fn a_dateline_with_its_date_after_the_dash_opens_the_summary_not_the_subheading() {
    let text = "# Acme Builds never wait\n\n\
                Seattle — 3 March 2026 — Acme launched builds that start the moment a developer pushes.\n\n\
                Teams lose an hour a day waiting for a free build machine.\n";
    let release = import(text, "acme.md").session.press_release;
    assert_eq!(release.headline, "Acme Builds never wait");
    assert_eq!(release.subheading, "");
    assert!(release.summary.starts_with("Seattle — 3 March 2026 — Acme"), "{:?}", release.summary);
}
