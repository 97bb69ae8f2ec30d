//! Taking changes back: deleting a FAQ question, dropping a blank one, undo and redo,
//! marking questions answered; checked on the screen and in the saved file.

#[path = "support/harness.rs"]
mod harness;

use harness::Harness;

fn questions(h: &Harness, part: &str) -> Vec<String> {
    h.saved()[0]["faq"][part].as_array().unwrap().iter().map(|q| q["question"].as_str().unwrap().to_owned()).collect()
}

#[test]
fn d_on_a_faq_question_asks_then_deletes_it_with_its_answer() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>2aHow much?<Enter>Nothing.<Esc>aWho runs it?<Esc>");
    assert_eq!(questions(&h, "external"), ["How much?", "Who runs it?"]);
    h.keys("<Up><Up>d");
    assert!(h.screen().contains("Delete this FAQ question and its answer?"), "{}", h.screen());
    h.keys("n");
    assert_eq!(questions(&h, "external"), ["How much?", "Who runs it?"], "n keeps it");
    h.keys("dy");
    let screen = h.screen();
    assert!(screen.contains("FAQ question deleted."), "{screen}");
    h.keys("<C-s>");
    assert_eq!(questions(&h, "external"), ["Who runs it?"]);
    let screen = h.screen();
    assert!(screen.contains("FAQ: 1 customer, 0 internal"), "{screen}");
}

#[test]
fn a_question_left_blank_is_dropped_when_the_focus_leaves_it() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>2aHow much?<Esc>A<Esc>");
    assert_eq!(questions(&h, "internal"), [""], "kept while the focus is on it");
    h.keys("<Up><C-s>");
    assert!(h.saved()[0]["faq"]["internal"].as_array().unwrap().is_empty(), "{}", h.saved()[0]["faq"]);
    assert!(h.screen().contains("FAQ: 1 customer, 0 internal"), "{}", h.screen());
    // Into its answer and out again to the next stage: still dropped.
    h.keys("A<Tab><Esc>3n<C-s>");
    assert!(h.saved()[0]["faq"]["internal"].as_array().unwrap().is_empty(), "{}", h.saved()[0]["faq"]);
    assert_eq!(questions(&h, "external"), ["How much?"]);
}

#[test]
fn ctrl_z_takes_back_a_deletion_a_vote_and_typing_across_saves_and_ctrl_y_redoes() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>3n");
    h.keys("aLaunch in two cities.<Esc><Esc>aShip it.<Esc><Esc><C-s>");
    h.keys("vv<C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][1]["votes"], 2);
    h.keys("dy<wait>");
    assert_eq!(h.saved()[0]["review"]["items"].as_array().unwrap().len(), 1);
    h.keys("<C-z><wait>");
    let items = h.saved()[0]["review"]["items"].clone();
    assert_eq!(items.as_array().unwrap().len(), 2, "the deletion is undone after its save");
    assert_eq!(items[1]["votes"], 2);
    assert!(h.screen().contains("Undone; Ctrl+Y redoes it."), "{}", h.screen());
    h.keys("<C-z><C-z><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][1]["votes"], 0, "each vote is a step");
    // The typing of one item's text is one step: a new item, then its text.
    h.keys("<C-z><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][1]["text"], "");
    h.keys("<C-y><C-y><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][1]["text"], "Ship it.");
    assert_eq!(h.saved()[0]["review"]["items"][1]["votes"], 1);
    let screen = h.screen();
    assert!(screen.contains("Ship it."), "{screen}");
    h.keys("<C-z><C-z><C-z><C-z><C-z><C-z><C-z><C-s>");
    assert!(h.saved()[0]["review"]["items"].as_array().unwrap().is_empty(), "back to the start");
    h.keys("<C-z>");
    assert!(h.screen().contains("Nothing to undo."), "{}", h.screen());
}

#[test]
fn ctrl_z_brings_back_a_deleted_faq_question_and_the_footer_says_so() {
    let mut h = Harness::new(200, 24);
    h.keys("nX<Enter>2aHow much?<Enter>Nothing.<Esc><Up>dy<C-s>");
    assert!(h.saved()[0]["faq"]["external"].as_array().unwrap().is_empty());
    assert!(h.screen().contains("Ctrl+Z Ctrl+Y undo / redo"), "{}", h.screen());
    h.keys("<C-z><C-s>");
    assert_eq!(questions(&h, "external"), ["How much?"]);
    assert_eq!(h.saved()[0]["faq"]["external"][0]["answer"], "Nothing.");
}

#[test]
fn z_marks_a_question_answered_and_the_presenter_shows_only_the_open_ones_with_votes() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>3n");
    h.keys("aWhat does it cost?<Esc><Up><Right><Esc>");
    h.keys("aParents may not trust it.<Esc><Up><Right><Right><Esc>vv");
    h.keys("<Up>z");
    assert!(h.screen().contains("Marked answered; z opens it again."), "{}", h.screen());
    h.keys("<C-s>");
    let items = h.saved()[0]["review"]["items"].clone();
    assert_eq!(items[0]["kind"], "question");
    assert_eq!(items[0]["resolved"], true);
    assert!(items[1].get("resolved").is_none(), "an open item has no key in the file: {}", items[1]);
    let screen = h.screen();
    assert!(screen.contains("? question · ✓ answered"), "{screen}");
    h.keys("p");
    let screen = h.screen();
    assert!(screen.contains("Open questions and concerns"), "{screen}");
    assert!(screen.contains("! Parents may not trust it.  · 2 votes"), "{screen}");
    assert!(!screen.contains("What does it cost?"), "{screen}");
    h.keys("<Esc>x<Enter>");
    let export = std::fs::read_dir(h.root.path().join("exports")).unwrap().next().unwrap().unwrap().path();
    let markdown = std::fs::read_to_string(export).unwrap();
    assert!(markdown.contains("What does it cost? (0 votes, answered)"), "{markdown}");
}

#[test]
fn x_again_updates_the_sessions_own_export_instead_of_adding_a_numbered_copy() {
    let mut h = Harness::new(100, 30);
    h.keys("nKids reader<Enter>x<Enter>");
    assert!(h.screen().contains("Exported to"), "{}", h.screen());
    h.keys("1<Enter>Parents of new readers<Esc>x<Enter>");
    assert!(h.screen().contains("Export updated:"), "{}", h.screen());
    let exports: Vec<_> =
        std::fs::read_dir(h.root.path().join("exports")).unwrap().map(|e| e.unwrap().path()).collect();
    assert_eq!(exports.len(), 1, "{exports:?}");
    assert!(std::fs::read_to_string(&exports[0]).unwrap().contains("Parents of new readers"));
}

#[test]
fn a_decision_with_outcome_owner_due_date_and_two_principles_in_one_line_takes_few_keys() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>3nP");
    h.keys("Hannah<Tab>Ana López, Bo<Enter>");
    // The typed text, and the keys that are not typing: n, two Tabs completing, Enter.
    let script = ["n", "d: Launch in two cities @an", "<Tab>", "fri #frug", "<Tab>", "#own !approved", "<Enter>"];
    let keys_besides_text = ["n", "<Tab>", "<Tab>", "<Enter>"];
    assert!(keys_besides_text.len() <= 8, "the goal is at most 8 keys besides the text");
    for part in script {
        h.keys(part);
        if part == "#own !approved" {
            let screen = h.screen();
            assert!(
                screen.contains("d: Launch in two cities @AnaLópez fri #frugality #own"),
                "Tab completed:\n{screen}"
            );
            assert!(
                screen.contains("→ decision · approved · owner Ana López · due 2026-03-06 ·"),
                "the date read is shown before Enter: {screen}"
            );
            assert!(screen.contains("Frugality · Ownership"), "{screen}");
        }
    }
    h.keys("<C-s>");
    let item = &h.saved()[0]["review"]["items"][0];
    assert_eq!(item["kind"], "decision");
    assert_eq!(item["text"], "Launch in two cities");
    assert_eq!(item["owner"], "Ana López");
    assert_eq!(item["due"], "2026-03-06", "the Friday after Tuesday 3 March");
    assert_eq!(item["outcome"], "approved");
    assert_eq!(item["principles"], serde_json::json!(["frugality", "ownership"]));
    // The parts are ordinary parts of the item: the list shows them, Enter opens them.
    let screen = h.screen();
    assert!(screen.contains("◆ decision · approved"), "{screen}");
    assert!(screen.contains("Launch in two cities"), "{screen}");
    h.keys("<Enter>");
    assert!(h.screen().contains("Ana López"), "{}", h.screen());
}
