//! The leadership review as a scribe records it, key by key, checked in the saved file
//! and on the screen.

#[path = "support/harness.rs"]
mod harness;

use harness::{Harness, example};

/// A new session called "Kids reader" on its review stage, with Ana and Bo in the room.
fn review_with_people() -> Harness {
    let mut h = Harness::new(100, 40);
    // n: no silent reading, straight to the review.
    h.keys("nKids reader<Enter>3n");
    h.keys("P");
    h.keys("Hannah<Tab>Ana, Bo<Enter><C-s>");
    h
}

#[test]
fn a_decision_tagged_with_two_principles_its_outcome_cycled_and_voted_on_is_saved() {
    let mut h = review_with_people();
    h.keys("aLaunch in two cities first.<Esc>");
    // The kind is the open item's first part: three steps from comment to decision.
    h.keys("<Up><Right><Right><Right>");
    h.keys("o");
    h.keys("tfrug<Space><C-u>own<Space><Enter>");
    h.keys("oo");
    h.keys("vvvV");
    h.keys("<C-s>");
    let item = &h.saved()[0]["review"]["items"][0];
    assert_eq!(item["kind"], "decision");
    assert_eq!(item["text"], "Launch in two cities first.");
    assert_eq!(item["outcome"], "rejected", "approved, then revise, then rejected");
    assert_eq!(item["principles"], serde_json::json!(["ownership", "frugality"]), "in the set's order");
    assert_eq!(item["votes"], 2);
    assert_eq!(item["created_at"], "2026-03-03T09:00:00Z");
    h.keys("<Esc>");
    let screen = h.screen();
    assert!(screen.contains("◆ decision · rejected · 2 votes"), "{screen}");
    assert!(screen.contains("Ownership, Frugality"), "{screen}");
}

#[test]
fn enter_alone_in_the_picker_takes_the_principle_narrowed_to() {
    let mut h = review_with_people();
    h.keys("aShip it.<Esc><Up><Left>");
    // Space toggles in this picker, so one word narrows it.
    h.keys("ttrust<Enter><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["principles"], serde_json::json!(["earn-trust"]));
}

#[test]
fn a_decision_without_a_principle_is_flagged_in_the_list_and_the_footer() {
    let mut h = review_with_people();
    h.keys("aShip it.<Esc><Up><Left><Esc>");
    let screen = h.screen();
    assert!(screen.contains("◆ decision · no outcome yet · ⚠ no principle"), "{screen}");
    assert!(screen.contains("⚠ 1 decision without a principle"), "{screen}");
    h.keys("tbias<Enter>");
    assert!(!h.screen().contains("without a principle"), "{}", h.screen());
}

#[test]
fn the_author_is_picked_from_the_participants_or_typed_new() {
    let mut h = review_with_people();
    h.keys("aToo long.<Esc><Down><Enter>bo<Enter><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["author"], "Bo");
    h.keys("aAnd too vague.<Esc><Down><Enter>Dana Lee<Enter>");
    assert!(h.screen().contains("Added Dana Lee to the participants."), "{}", h.screen());
    h.keys("<C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["review"]["items"][1]["author"], "Dana Lee");
    assert_eq!(saved["participants"], serde_json::json!(["Ana", "Bo", "Dana Lee"]));
}

#[test]
fn owner_due_date_and_resources_of_a_decision_are_saved_and_a_bad_date_is_explained() {
    let mut h = review_with_people();
    h.keys("aHire a nurse for the pilot.<Esc><Up><Left>");
    // Kind, text, author, about, outcome, owner, due, resources, principles.
    h.keys("<Down><Down><Down><Down><Down><Enter>ana<Enter>");
    h.keys("<Down><Enter>2026-02-30<Esc>");
    assert!(h.screen().contains("due date \"2026-02-30\" is not a calendar date"), "{}", h.screen());
    assert!(h.screen().contains("⚠ not a date"), "the form keeps flagging it");
    h.keys("<Enter><Backspace><Backspace>28<Tab>One nurse, 20 h a week, for 6 weeks.<Esc><C-s>");
    let item = &h.saved()[0]["review"]["items"][0];
    assert_eq!(item["owner"], "Ana");
    assert_eq!(item["due"], "2026-02-28");
    assert_eq!(item["resources"], "One nurse, 20 h a week, for 6 weeks.");
    assert!(!h.screen().contains("not a date"), "{}", h.screen());
}

#[test]
fn an_emptied_owner_or_resources_leaves_the_file() {
    let mut h = review_with_people();
    h.keys("aX<Esc><Up><Left><Down><Down><Down><Down><Down><Down><Down>");
    h.keys("<Enter>Some<Esc><Enter><Backspace><Backspace><Backspace><Backspace><Esc><C-s>");
    let item = &h.saved()[0]["review"]["items"][0];
    assert!(item.get("resources").is_none(), "{item}");
}

#[test]
fn what_an_item_is_about_is_picked_and_jumping_goes_there_and_back() {
    let mut h = Harness::new(100, 40);
    h.keys("nKids reader<Enter>3naThe headline buries the price.<Esc>");
    h.keys("<Down><Down><Enter>headline<Enter><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["about"], "press_release.headline");
    h.keys("<Esc>g");
    let screen = h.screen();
    assert!(screen.contains("▶ 2 Press release"), "{screen}");
    assert!(screen.contains("▶ Headline  0 words  ◆ 1 open review item"), "{screen}");
    h.keys("<Down>g");
    assert!(h.screen().contains("No review item is about “Subheading” yet."), "{}", h.screen());
    h.keys("<Up>g");
    let screen = h.screen();
    assert!(screen.contains("▶ 3 Review") && screen.contains("▶ • comment"), "{screen}");
    assert!(screen.contains("1 review item about “Headline”"), "{screen}");
}

#[test]
fn the_verdict_is_given_with_a_reason_and_shown_in_the_list() {
    let mut h = review_with_people();
    h.keys("<Down><Enter>");
    h.keys("<Enter>");
    assert!(h.screen().contains("Give the reason in a line"), "a verdict needs its reason");
    h.keys("<Right><Right><Left>");
    h.keys("The market is too small.<Enter><C-s>");
    let verdict = &h.saved()[0]["review"]["verdict"];
    assert_eq!(verdict["decision"], "stop", "from iterate: stop, round to go, back to stop");
    assert_eq!(verdict["reason"], "The market is too small.");
    assert!(h.screen().contains("Verdict: STOP · The market is too small."), "{}", h.screen());
    h.keys("<Esc>");
    h.relist();
    let screen = h.screen();
    assert!(screen.contains("Verdict") && screen.contains("stop"), "{screen}");
}

#[test]
fn facilitator_and_participants_are_edited_in_a_dialog() {
    let mut h = review_with_people();
    let saved = &h.saved()[0];
    assert_eq!(saved["facilitator"], "Hannah");
    assert_eq!(saved["participants"], serde_json::json!(["Ana", "Bo"]));
    h.keys("P<Backspace><Backspace>, Bo, Cy,<Esc><C-s>");
    assert_eq!(h.saved()[0]["participants"], serde_json::json!(["Ana", "Bo"]), "Esc keeps the names as they were");
    assert!(h.screen().contains("participants: Ana, Bo"), "{}", h.screen());
    h.keys("P, Cy, Bo<Enter><C-s>");
    assert_eq!(h.saved()[0]["participants"], serde_json::json!(["Ana", "Bo", "Cy"]), "each name once");
}

#[test]
fn items_sort_by_votes_and_back() {
    let mut h = review_with_people();
    h.keys("aFirst<Esc><Esc>aSecond<Esc>vvv<Esc>aThird<Esc>v<Esc>");
    let order = |h: &mut Harness| {
        let screen = h.screen();
        let position = |word: &str| screen.find(word).unwrap();
        let mut words = ["First", "Second", "Third"];
        words.sort_by_key(|w| position(w));
        words
    };
    assert_eq!(order(&mut h), ["First", "Second", "Third"]);
    h.keys("r");
    assert_eq!(order(&mut h), ["Second", "Third", "First"]);
    assert!(h.screen().contains("most votes first"));
    h.keys("r");
    assert_eq!(order(&mut h), ["First", "Second", "Third"]);
}

#[test]
fn outcome_and_principles_are_only_for_decisions() {
    let mut h = review_with_people();
    h.keys("aA comment.<Esc>o");
    assert!(h.screen().contains("Only a decision has an outcome and principles"), "{}", h.screen());
    h.keys("t");
    assert!(!h.screen().contains("Principles for"), "no picker for a comment");
}

#[test]
fn the_coverage_chart_counts_this_session_and_names_the_principles_never_invoked() {
    let mut h = Harness::with_sessions(100, 40, &[&example("01kjh8")]);
    h.keys("<Enter>c");
    let screen = h.screen();
    assert!(screen.contains("Principle coverage · this session"), "{screen}");
    assert!(screen.contains("6 decisions invoked principles 10 times."), "{screen}");
    assert!(screen.contains("Never invoked (8): Ownership · Are Right, A Lot"), "{screen}");
    h.keys("<Esc>");
    assert!(!h.screen().contains("Principle coverage"));
}

#[test]
fn the_list_filters_by_decisions_and_charts_only_what_it_shows() {
    let mut h = Harness::with_examples(100, 40);
    h.keys("f");
    assert!(h.screen().contains("[ ] outcome: rejected — 1 session"), "{}", h.screen());
    h.keys("rejected<Enter>");
    let screen = h.screen();
    assert!(screen.contains("f outcome: rejected") && screen.contains("1 of 3"), "{screen}");
    assert!(screen.contains("Clinic Queue") && !screen.contains("Nudge"), "{screen}");
    h.keys("c");
    assert!(h.screen().contains("Principle coverage · 1 session"), "{}", h.screen());
    h.keys("<Esc><Esc>");
    let screen = h.screen();
    assert!(screen.contains("Nudge") && !screen.contains("f outcome"), "Esc clears the filters:\n{screen}");
    h.keys("c");
    assert!(h.screen().contains("Principle coverage · 3 sessions"), "{}", h.screen());
}

#[test]
fn a_read_only_session_shows_its_review_but_changes_nothing() {
    let mut h = Harness::new(100, 40);
    let text =
        std::fs::read_to_string(example("01kpq3")).unwrap().replace("\"schema_version\": 2", "\"schema_version\": 9");
    std::fs::write(h.paths.sessions.join("01kpq3v8m2k5t7w9x4y6z8a0b1.json"), &text).unwrap();
    h.relist();
    h.keys("<Enter>3<Down>vo");
    assert!(h.screen().contains("Read-only"), "{}", h.screen());
    h.keys("<Enter><Up><Right>P");
    let screen = h.screen();
    for dialog in ["Who is in the room?", "The room's verdict on the whole draft"] {
        assert!(!screen.contains(dialog), "no dialog opens to change a read-only session:\n{screen}");
    }
    h.keys("<C-s>");
    assert_eq!(std::fs::read_to_string(h.paths.sessions.join("01kpq3v8m2k5t7w9x4y6z8a0b1.json")).unwrap(), text);
}

#[test]
fn votes_while_sorted_by_votes_stay_on_the_same_item() {
    let mut h = review_with_people();
    h.keys("aFirst<Esc><Esc>aSecond<Esc>v<Esc>aThird<Esc>vv<Esc>r");
    // Sorted: Third (2), Second (1), First (0); First is the last item row.
    h.keys("<End><Up>vvvv<C-s>");
    let votes: Vec<u64> =
        h.saved()[0]["review"]["items"].as_array().unwrap().iter().map(|i| i["votes"].as_u64().unwrap()).collect();
    assert_eq!(votes, [4, 1, 2]);
}

#[test]
fn tab_from_what_was_said_goes_on_to_who_said_it_with_typing_picking_the_name() {
    let mut h = review_with_people();
    h.keys("aThe price is hidden.<Tab>an<Enter><C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["review"]["items"].as_array().unwrap().len(), 1, "no stray item from typing a name");
    assert_eq!(saved["review"]["items"][0]["author"], "Ana");
}

#[test]
fn typing_the_start_of_a_principle_finds_it_and_enter_never_takes_one_off() {
    let mut h = review_with_people();
    h.keys("aShip it.<Esc><Up><Left>");
    h.keys("tearn<Space>frug<Enter>");
    h.keys("tfrug<Enter><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["principles"], serde_json::json!(["frugality", "earn-trust"]));
}

#[test]
fn an_author_no_longer_among_the_participants_is_kept_by_the_picker() {
    let mut h = Harness::with_sessions(100, 40, &[&example("01kpq3")]);
    h.keys("<Enter>3P<C-u>Samir, Marta<Enter>");
    h.keys("<Down><Down><Enter><Down><Down><Enter><Enter><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][1]["author"], "Eva");
}

#[test]
fn g_comes_back_to_an_item_about_the_whole_draft() {
    let mut h = Harness::with_sessions(100, 40, &[&example("01kpq3")]);
    h.keys("<Enter>3<Down><Down><Down><Down>");
    assert!(h.screen().contains("▶ ◆ decision · approved"), "{}", h.screen());
    h.keys("g");
    assert!(h.screen().contains("▶ 2 Press release"));
    h.keys("g");
    assert!(h.screen().contains("▶ ◆ decision · approved"), "{}", h.screen());
}

#[test]
fn after_a_delete_the_focus_is_on_the_item_that_took_its_place() {
    let mut h = Harness::with_sessions(100, 40, &[&example("01kpq3")]);
    h.keys("<Enter>3<Down><Down><Enter><Down><Down><Down>dy");
    assert!(h.screen().contains("▶ • comment · 1 vote · Lena"), "{}", h.screen());
    h.keys("<End><Up>dy");
    assert!(h.screen().contains("▶ ◆ decision · approved"), "the last item gone, the one before it:\n{}", h.screen());
}

#[test]
fn an_outcome_set_by_mistake_can_be_taken_back() {
    let mut h = review_with_people();
    // approved, revise, rejected, parked, and no outcome again.
    h.keys("aShip it.<Esc><Up><Left>ooooo<C-s>");
    assert!(h.saved()[0]["review"]["items"][0].get("outcome").is_none());
    h.keys("<Down><Down><Down><Enter>(not<Enter><C-s>");
    assert!(h.saved()[0]["review"]["items"][0].get("about").is_none());
}

#[test]
fn an_item_added_by_mistake_and_left_empty_is_not_kept() {
    let mut h = review_with_people();
    h.keys("a<Esc><Esc><C-s>");
    assert_eq!(h.saved()[0]["review"]["items"].as_array().unwrap().len(), 0);
    assert!(h.screen().contains("No review items yet"), "{}", h.screen());
}

#[test]
fn quitting_with_the_verdict_dialog_open_keeps_the_verdict() {
    let mut h = review_with_people();
    h.keys("<End><Enter>Back the pilot.<C-q>");
    assert!(h.has_quit());
    assert_eq!(h.saved()[0]["review"]["verdict"]["reason"], "Back the pilot.");
    let mut h = review_with_people();
    h.keys("<End><Enter><C-q>");
    assert!(!h.has_quit(), "an empty reason is not a verdict: the dialog waits");
    assert!(h.screen().contains("Not quit yet"), "{}", h.screen());
}
