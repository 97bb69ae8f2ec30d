//! A session exported to markdown and imported again is the same session: its title
//! (which the headline stands above in the export), press release, FAQ and customer
//! answers.

use backwards::domain::{Confidence, CustomerQuestion, FaqEntry, PrincipleSet, Session};
use backwards::export::markdown;
use backwards::import::import;

fn entry(id: &str, question: &str, answer: &str) -> FaqEntry {
    FaqEntry { id: id.into(), question: question.into(), answer: answer.into(), ..FaqEntry::default() }
}

fn session(title: &str) -> Session {
    let mut session = Session::new("01x".into(), title.into(), "2026-05-12T09:00:00Z".into(), PrincipleSet::amazon());
    let pr = &mut session.press_release;
    pr.headline = "Clinic Queue lets patients wait at home until the doctor is ready".into();
    pr.subheading = "Walk-in patients in Portland get a text when they are third in line.".into();
    pr.summary = "PORTLAND, 12 May 2026 — Riverside Health today opened Clinic Queue.".into();
    pr.problem = "Walk-in patients wait 70 minutes on average.".into();
    pr.solution = "Clinic Queue keeps each patient's place and texts when two people are ahead.".into();
    pr.leader_quote = "\"Nobody gets better in a waiting room,\" said Dr. Maya Chen, medical director.".into();
    pr.getting_started = "Scan the code on the clinic door, type your name, and leave.".into();
    pr.customer_quote = "\"I went home and made soup,\" said Dana Lee, a patient in Portland.".into();
    pr.call_to_action = "Clinic Queue is free at every Riverside clinic from today.".into();
    session.faq.external.push(entry("q1", "Does it cost anything?", "No. It is part of the visit."));
    session.faq.internal.push(entry("q2", "What does a text cost us?", "Two cents, paid by the clinic."));
    session.customer.who.text = "Walk-in patients of Riverside's four clinics.".into();
    session.customer.who.confidence = Confidence::Observed;
    session.customer.problem.text = "They wait 70 minutes in a room full of ill people.".into();
    session
}

fn round_trip(original: &Session) -> Session {
    import(&markdown(original), "exported.md").session
}

#[test]
fn an_exported_session_imports_with_its_title_press_release_faq_and_customer_answers() {
    for title in [
        "Clinic Queue: wait-time texts for walk-in clinics",
        "PR/FAQ draft 3 — *Clinic* Queue_v2 [internal] #1",
        "Clinic Queue lets patients wait at home until the doctor is ready",
    ] {
        let original = session(title);
        let document = markdown(&original);
        let imported = round_trip(&original);
        assert_eq!(imported.title, original.title, "{document}");
        assert_eq!(imported.press_release, original.press_release, "{document}");
        let pairs = |faq: &[FaqEntry]| faq.iter().map(|e| (e.question.clone(), e.answer.clone())).collect::<Vec<_>>();
        assert_eq!(pairs(&imported.faq.external), pairs(&original.faq.external));
        assert_eq!(pairs(&imported.faq.internal), pairs(&original.faq.internal));
        assert_eq!(imported.customer, original.customer, "{document}");
        assert_eq!(imported.customer.answer(CustomerQuestion::Who).confidence, Confidence::Observed);
    }
}

#[test]
fn the_export_names_the_session_where_the_headline_stands_above_and_reads_as_prose() {
    let document = markdown(&session("Clinic Queue: wait-time texts for walk-in clinics"));
    assert!(document.starts_with("# Clinic Queue lets patients wait at home"), "{document}");
    assert!(
        document.contains(
            "_Press release: 104 words, in the session “Clinic Queue: wait-time texts for walk-in clinics”._"
        ),
        "{document}"
    );
    let same = markdown(&session("Clinic Queue lets patients wait at home until the doctor is ready"));
    assert!(same.contains("_Press release: 104 words._"), "no title note when the title is the headline:\n{same}");
}
