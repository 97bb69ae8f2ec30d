//! Layouts an audit of the importer found misread (fixtures written for these tests):
//! a Google Docs title line above the headline, a press release of one paragraph,
//! group headings that hold a section's word, numbered FAQs whose prefixes say their
//! half, quotes told by their attribution, and material after the last answer.

use backwards::domain::{Section, Session};
use backwards::import::import;

fn fixture(name: &str) -> Session {
    let path = format!("{}/tests/fixtures/import/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    import(&text, name).session
}

fn questions(entries: &[backwards::domain::FaqEntry]) -> Vec<&str> {
    entries.iter().map(|e| e.question.as_str()).collect()
}

#[test]
fn a_bold_title_line_with_a_pr_faq_prefix_is_the_title_and_the_next_line_the_headline() {
    let session = fixture("en_gdocs_title.md");
    let pr = &session.press_release;
    assert_eq!(session.title, "Clinic Queue");
    assert_eq!(pr.headline, "Clinic Queue lets patients wait at home until the doctor is ready");
    assert_eq!(
        pr.subheading,
        "Walk-in patients in Portland get a text when they are third in line, and arrive just in time."
    );
    assert!(pr.summary.starts_with("PORTLAND, 12 May 2026"), "{:?}", pr.summary);
    assert!(pr.problem.starts_with("Walk-in patients wait 70 minutes"), "{:?}", pr.problem);
    assert!(pr.solution.starts_with("Clinic Queue keeps"), "{:?}", pr.solution);
    assert!(pr.leader_quote.contains("Dr. Maya Chen"), "{:?}", pr.leader_quote);
    assert!(pr.getting_started.starts_with("Scan the code"), "{:?}", pr.getting_started);
    assert!(pr.customer_quote.contains("Dana Lee"), "{:?}", pr.customer_quote);
    assert!(pr.call_to_action.starts_with("Clinic Queue is free"), "{:?}", pr.call_to_action);
    let labels = session.kept_aside.iter().find(|k| k.title == "Headings and labels").unwrap();
    assert!(labels.text.lines().any(|l| l == "PR/FAQ"), "the prefix is kept: {:?}", labels.text);
    let headed =
        "# PR/FAQ: Clinic Queue\n\n**Clinic Queue lets patients wait at home**\n\nPORTLAND, 12 May 2026 — It opened.\n";
    let session = import(headed, "headed.md").session;
    assert_eq!(session.title, "Clinic Queue", "a prefixed heading above a bold line is the title too");
    assert_eq!(session.press_release.headline, "Clinic Queue lets patients wait at home");
    assert_eq!(session.press_release.summary, "PORTLAND, 12 May 2026 — It opened.");
    let above_a_heading = "**PR/FAQ: Clinic Queue**\n\n## Clinic Queue lets patients wait at home\n\n*Walk-in patients get a text.*\n\nPORTLAND, 12 May 2026 — It opened.\n";
    let session = import(above_a_heading, "above.md").session;
    assert_eq!(session.title, "Clinic Queue", "a title line above the headline's heading");
    assert_eq!(session.press_release.headline, "Clinic Queue lets patients wait at home");
    assert_eq!(session.press_release.subheading, "Walk-in patients get a text.");
    assert_eq!(session.press_release.summary, "PORTLAND, 12 May 2026 — It opened.");
}

#[test]
fn an_all_caps_first_line_above_a_bold_headline_is_the_title() {
    let session = fixture("en_caps_title.md");
    let pr = &session.press_release;
    assert_eq!(session.title, "CLINIC QUEUE");
    assert_eq!(pr.headline, "Clinic Queue lets patients wait at home until the doctor is ready");
    assert_eq!(pr.subheading, "Walk-in patients in Portland get a text when they are third in line.");
    assert!(pr.summary.starts_with("PORTLAND"), "{:?}", pr.summary);
    assert!(pr.problem.starts_with("Walk-in patients wait"), "{:?}", pr.problem);
}

#[test]
fn a_press_release_of_one_paragraph_of_sentences_is_body_not_a_subheading() {
    let session = fixture("en_one_paragraph.md");
    let pr = &session.press_release;
    assert_eq!(pr.headline, "Shelf Swap lets neighbours lend the tools they rarely use");
    assert_eq!(pr.subheading, "", "two sentences are the body");
    assert!(pr.summary.starts_with("Shelf Swap opens today in Leith"), "{:?}", pr.summary);
    assert!(pr.summary.ends_with("for a single shelf."), "{:?}", pr.summary);
}

#[test]
fn a_chinese_internal_questions_heading_is_the_internal_faq_not_the_problem() {
    let session = fixture("zh_internal.md");
    assert_eq!(questions(&session.faq.external), ["排队宝收费吗？"]);
    assert_eq!(questions(&session.faq.internal), ["短信费用由谁承担？"]);
    assert_eq!(session.faq.internal[0].answer, "由诊所承担，每条一毛钱。");
    assert!(!session.press_release.problem.contains("短信"), "{:?}", session.press_release.problem);
}

#[test]
fn numbered_questions_in_an_undivided_faq_go_to_the_half_their_prefix_names() {
    let session = fixture("en_undivided_numbered.md");
    assert_eq!(
        questions(&session.faq.external),
        ["Who pays if a tool breaks?", "Can I lend a ladder?", "Do I need an account?"]
    );
    assert_eq!(
        questions(&session.faq.internal),
        [
            "How do we stop tools from going missing?",
            "What does insurance cost per street?",
            "Which streets come next?"
        ]
    );
    assert_eq!(session.faq.internal[1].answer, "About £40 a year.");
    let labels = session.kept_aside.iter().find(|k| k.title == "Headings and labels").unwrap();
    assert!(labels.text.contains("External Q2") && labels.text.contains("Internal Q2"), "{:?}", labels.text);
}

#[test]
fn blockquotes_attributed_with_a_dash_are_quotes_told_apart_by_who_speaks() {
    let session = fixture("en_blockquote.md");
    let pr = &session.press_release;
    assert!(pr.leader_quote.contains("Nobody gets better"), "{pr:#?}");
    assert!(pr.leader_quote.contains("Dr. Maya Chen"), "{pr:#?}");
    assert!(pr.customer_quote.contains("made soup"), "{pr:#?}");
    assert!(pr.customer_quote.contains("Dana Lee, patient in Portland"), "{pr:#?}");
    assert_eq!(pr.getting_started, "Scan the code on the clinic door, type your name, and leave.");
    assert_eq!(pr.call_to_action, "Clinic Queue is free at every Riverside clinic from today.");
}

#[test]
fn a_customer_quote_before_the_leader_quote_is_told_by_its_attribution() {
    let session = fixture("fr.md");
    let pr = &session.press_release;
    assert!(pr.customer_quote.contains("Marie Dupont, patiente"), "{pr:#?}");
    assert!(pr.leader_quote.contains("Paul Martin, directeur"), "{pr:#?}");
    assert!(pr.getting_started.starts_with("Scannez le code"), "{pr:#?}");
    assert!(pr.call_to_action.starts_with("File Clinique est gratuit"), "{pr:#?}");
    for section in Section::ALL {
        let text = pr.section(section);
        if section != Section::CustomerQuote {
            assert!(!text.contains("Marie Dupont"), "{}: {text:?}", section.label());
        }
    }
}

#[test]
fn material_after_the_last_answer_past_a_rule_or_heading_is_kept_aside_and_code_is_never_a_heading() {
    let session = fixture("en_faq_trailing.md");
    assert_eq!(questions(&session.faq.external), ["Who pays if a tool breaks?", "How long can I keep a tool?"]);
    assert!(session.faq.internal.is_empty(), "the heading inside the code fence is code");
    assert_eq!(session.faq.external[1].answer, "Three days, or a week for garden tools.");
    let kept = |title: &str| session.kept_aside.iter().find(|k| k.title == title).map(|k| k.text.clone());
    let after = kept("After the FAQ").expect("the table and the image are kept aside");
    assert!(after.contains("Henderson Row | 41 | 96"), "{after}");
    assert!(after.contains("Loans per week (charts/loans.png)"), "{after}");
    let code = kept("Architecture").expect("the part under its heading is kept aside");
    assert!(code.contains("## Internal FAQ\n**Q: Is this a question?**\n# Not a heading either"), "{code}");

    let prose_after_a_rule = "# FAQ\n\n**Q: Is it free?**\n\nYes.\n\n---\n\nAnd it stays free.\n";
    let session = import(prose_after_a_rule, "rule.md").session;
    assert_eq!(session.faq.external[0].answer, "Yes.\n\nAnd it stays free.", "prose past a rule is still the answer");
    let fenced = "# Shelf Swap opens\n\nLEITH, 2 March 2026 — It opened.\n\n~~~\n## FAQ\n**Q: Free?**\n~~~\n";
    let session = import(fenced, "fenced.md").session;
    assert!(session.faq.is_empty(), "a fence in the press release holds no FAQ");
    assert!(session.press_release.summary.contains("## FAQ\n**Q: Free?**"), "{:?}", session.press_release.summary);
}
