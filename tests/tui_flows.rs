//! Whole flows through the terminal UI, as a facilitator would type them, checked on
//! the screen and in the saved file.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::{Harness, example};
use ratatui::crossterm::event::KeyCode;

#[test]
fn create_a_session_type_and_it_is_saved_a_second_after_typing_stops() {
    let mut h = Harness::new(80, 24);
    h.keys("nKids reader<Enter><Enter>Parents of 6-year-olds<Tab>They cannot tell if reading is improving");
    assert!(h.screen().contains("saving…"), "{}", h.screen());
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "", "not saved while typing");
    h.wait(Duration::from_secs(2));
    let saved = &h.saved()[0];
    assert_eq!(saved["title"], "Kids reader");
    assert_eq!(saved["customer"]["who"]["text"], "Parents of 6-year-olds");
    assert_eq!(saved["customer"]["problem"]["text"], "They cannot tell if reading is improving");
    assert!(h.screen().contains("✓ saved 0 s ago"), "{}", h.screen());
    h.wait(Duration::from_secs(5));
    assert!(h.screen().contains("✓ saved 5 s ago"));
}

#[test]
fn ctrl_s_saves_at_once() {
    let mut h = Harness::new(80, 24);
    h.keys("nPet sitter<Enter><Enter>Dog owners<C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "Dog owners");
}

#[test]
fn leaving_edit_mode_and_going_back_to_the_list_save() {
    let mut h = Harness::new(80, 24);
    h.keys("nPet sitter<Enter><Enter>Dog owners<Esc>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "Dog owners");
    h.keys("<Enter> who travel<Esc><Esc>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "Dog owners who travel");
    let screen = h.screen();
    assert!(screen.contains("▶ Pet sitter"), "back on the list with the session selected:\n{screen}");
}

#[test]
fn ctrl_q_while_editing_saves_and_quits() {
    let mut h = Harness::new(80, 24);
    h.keys("nPet sitter<Enter><Enter>Dog owners<C-q>");
    assert!(h.has_quit());
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "Dog owners");
}

#[test]
fn tab_moves_to_the_next_field_and_never_types_a_tab() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter><Enter>one<Tab>two<S-Tab> more<C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["customer"]["who"]["text"], "one more");
    assert_eq!(saved["customer"]["problem"]["text"], "two");
}

#[test]
fn enter_in_a_one_line_field_moves_on_and_elsewhere_breaks_the_line() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>2<Enter>Read together<Enter>Parents gain 10 minutes<Enter>SEATTLE<Enter>Today<C-s>");
    let saved = &h.saved()[0];
    assert_eq!(saved["press_release"]["headline"], "Read together");
    assert_eq!(saved["press_release"]["subheading"], "Parents gain 10 minutes");
    assert_eq!(saved["press_release"]["summary"], "SEATTLE\nToday");
}

#[test]
fn undo_and_redo_while_editing() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter><Enter>abc<C-z><C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "ab", "undo takes back the last letter typed");
    h.keys("<C-y><C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "abc");
}

#[test]
fn a_paste_arrives_with_line_breaks_unified_and_control_characters_removed() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter><Enter>");
    h.paste("first\r\nsecond\rthird\u{1b}[31m\u{7}\u{202e}\tfourth");
    h.keys("<C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "first\nsecond\nthird[31m\tfourth");
    h.keys("<Esc>");
    // As the editor draws it: spaces to the next tab stop (column 12).
    assert!(h.screen().contains("third[31m   fourth"), "a tab shows as spaces:\n{}", h.screen());
}

#[test]
fn a_paste_into_a_one_line_field_stays_on_one_line() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>2<Enter>");
    h.paste("Read\ntogether");
    h.keys("<C-s>");
    assert_eq!(h.saved()[0]["press_release"]["headline"], "Read together");
}

#[test]
fn key_releases_are_ignored() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter><Enter>a");
    h.release(KeyCode::Char('a'));
    h.keys("<C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "a");
}

#[test]
fn the_confidence_of_an_answer_cycles_with_o() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>o<C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["confidence"], "observed");
    h.keys("oo<C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["confidence"], "assumed");
    assert!(h.screen().contains("● assumed"), "the focused answer marks its confidence:\n{}", h.screen());
    h.keys("<Tab>");
    assert!(h.screen().contains("Who is the customer?  [assumed]"), "{}", h.screen());
}

#[test]
fn a_adds_a_faq_question_and_starts_editing_it() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>2aHow much does it cost?<Enter>Nothing for 30 days.<Esc>");
    let saved = &h.saved()[0];
    let id = saved["faq"]["external"][0]["id"].as_str().unwrap();
    assert!(id.starts_with("q-") && id.len() == 28, "a question's id is unique (q-<ulid>), got {id}");
    assert_eq!(saved["faq"]["external"][0]["question"], "How much does it cost?");
    assert_eq!(saved["faq"]["external"][0]["answer"], "Nothing for 30 days.");
    assert!(h.screen().contains("FAQ: 1 customer, 0 internal"));
}

#[test]
fn stages_change_with_numbers_and_brackets_and_only_work_moves_the_saved_stage() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter><C-s>");
    let created = h.saved()[0].clone();
    h.keys("]4");
    assert!(h.screen().contains("▶ 4 Iteration"));
    h.keys("[[<wait>");
    assert!(h.screen().contains("▶ 2 Press release"));
    assert_eq!(h.saved()[0], created, "looking at other stages saved nothing");
    h.keys("<Enter>Kids read more<Esc>");
    assert_eq!(h.saved()[0]["stage"], "press_release", "work on a later stage moves the workshop on");
    h.keys("1<Enter>Parents<Esc>");
    assert_eq!(h.saved()[0]["stage"], "press_release", "work on an earlier stage never moves it back");
}

#[test]
fn words_are_counted_per_section_and_in_total() {
    let mut h = Harness::with_sessions(80, 40, &[&example("01kjh8")]);
    h.keys("<Enter>2");
    let screen = h.screen();
    assert!(screen.contains("Press release: 264 words"), "{screen}");
    assert!(screen.contains("Headline  10 words"), "{screen}");
}

#[test]
fn a_failed_save_keeps_the_text_and_never_claims_saved() {
    let mut h = Harness::new(100, 30);
    h.keys("nX<Enter><Enter>Precious words");
    std::fs::remove_dir_all(&h.paths.sessions).unwrap();
    std::fs::write(&h.paths.sessions, "now a file").unwrap();
    h.wait(Duration::from_secs(2));
    let screen = h.screen();
    assert!(screen.contains("✗ not saved:"), "{screen}");
    assert!(!screen.contains("✓ saved"), "{screen}");
    assert!(screen.contains("Precious words"));
    std::fs::remove_file(&h.paths.sessions).unwrap();
    std::fs::create_dir(&h.paths.sessions).unwrap();
    h.keys("<C-s>");
    assert_eq!(h.saved()[0]["customer"]["who"]["text"], "Precious words");
    assert!(h.screen().contains("✓ saved"));
}

#[test]
fn quitting_when_the_save_fails_asks_for_a_second_ctrl_q() {
    let mut h = Harness::new(100, 30);
    h.keys("nX<Enter><Enter>Precious words");
    std::fs::remove_dir_all(&h.paths.sessions).unwrap();
    h.keys("<C-q>");
    assert!(!h.has_quit(), "a failed save does not quit");
    assert!(h.screen().contains("Ctrl+Q again quits WITHOUT saving"), "{}", h.screen());
    h.keys("<C-q>");
    assert!(h.has_quit());
}

#[test]
fn a_read_only_session_can_be_read_but_not_edited() {
    let newer = harness::example("01kpq3");
    let text = std::fs::read_to_string(&newer).unwrap().replace("\"schema_version\": 2", "\"schema_version\": 7");
    let mut h = Harness::new(100, 30);
    let path = h.paths.sessions.join("01kpq3v8m2k5t7w9x4y6z8a0b1.json");
    std::fs::write(&path, &text).unwrap();
    h.keys("<Esc>");
    h.relist();
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("READ-ONLY · Nudge") && screen.contains("read-only"), "{screen}");
    h.keys("2<Enter>typing");
    assert!(h.screen().contains("Read-only: written by a newer Backwards"), "{}", h.screen());
    h.paste("pasted");
    h.keys("<C-z><C-s><Esc>2<Tab>oa");
    assert!(h.screen().contains("Nudge sends polite payment reminders"), "navigating works");
    h.keys("<Esc><Enter>");
    h.wait(Duration::from_secs(5));
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text, "never written");
}

#[test]
fn a_long_answer_in_a_read_only_session_can_be_read_to_its_end() {
    let source = harness::example("01kr2b");
    let mut session: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(source).unwrap()).unwrap();
    let long: Vec<String> = (1..=60).map(|n| format!("Observation {n} from the farm visits.")).collect();
    session["customer"]["who"]["text"] = long.join("\n").into();
    session["schema_version"] = 9.into();
    let mut h = Harness::new(80, 24);
    let path = h.paths.sessions.join("01kr2b6n9p3q5s7t9v1w3x5y7z.json");
    std::fs::write(&path, serde_json::to_string_pretty(&session).unwrap()).unwrap();
    h.relist();
    h.keys("<Enter>");
    let screen = h.screen();
    assert!(screen.contains("Enter reads on") && !screen.contains("Observation 60"), "{screen}");
    h.keys("<Enter>");
    assert!(h.screen().contains("READING"), "{}", h.screen());
    for _ in 0..70 {
        h.keys("<Down>");
    }
    assert!(h.screen().contains("Observation 60 from the farm visits."), "{}", h.screen());
    h.keys("<Backspace>x<Esc>");
    assert!(!h.screen().contains("READING"));
    assert_eq!(serde_json::from_str::<serde_json::Value>(&std::fs::read_to_string(&path).unwrap()).unwrap(), session);
}

#[test]
fn capital_a_adds_an_internal_question_and_a_adds_to_the_part_in_focus() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>2AWhat does it cost us?<Enter>4p a text.<Esc>aHow much does it cost?<Esc>");
    let saved = &h.saved()[0];
    assert_eq!(saved["faq"]["internal"][0]["question"], "What does it cost us?");
    assert_eq!(saved["faq"]["internal"][0]["answer"], "4p a text.");
    assert_eq!(saved["faq"]["internal"][1]["question"], "How much does it cost?", "a adds where the focus is");
    assert!(saved["faq"]["external"].as_array().unwrap().is_empty());
    let screen = h.screen();
    assert!(screen.contains("FAQ · internal questions"), "{screen}");
    assert!(screen.contains("FAQ: 0 customer, 2 internal"), "{screen}");
}

#[test]
fn command_letters_with_ctrl_or_alt_do_nothing_and_ctrl_c_says_how_to_quit() {
    use ratatui::crossterm::event::{KeyEvent, KeyModifiers};
    let mut h = Harness::with_examples(100, 30);
    h.press(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::CONTROL));
    assert!(!h.screen().contains("to the trash?"), "Ctrl+D is not d");
    h.press(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(h.screen().contains("q or Ctrl+Q quits"), "{}", h.screen());
    assert!(!h.has_quit());
    h.keys("<Enter>");
    h.press(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::ALT));
    assert!(h.screen().contains("▶ 1 Customer problem"), "Alt+2 is not 2:\n{}", h.screen());
    h.press(KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL));
    assert!(h.screen().contains("Ctrl+Q saves and quits"), "{}", h.screen());
}

#[test]
fn a_paste_outside_a_field_being_edited_changes_nothing_and_says_why() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>");
    h.paste("stray clipboard");
    assert!(h.screen().contains("Not pasted: press Enter to edit a field, then paste."), "{}", h.screen());
    h.keys("<C-s>");
    assert!(!serde_json::to_string(&h.saved()[0]).unwrap().contains("stray clipboard"));
}

#[test]
fn the_filter_finds_words_typed_since_it_was_first_used() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("/clinic<Enter><Esc>");
    h.keys("<Enter><Enter> Zebrafish.<Esc><Esc>");
    h.keys("/zebrafish");
    let screen = h.screen();
    assert!(screen.contains("1 of 3"), "{screen}");
    assert!(screen.contains("▶ Honesty box"), "the session the word was typed into:\n{screen}");
    assert!(!screen.contains("Nudge") && !screen.contains("Clinic Queue"), "and no other:\n{screen}");
}

#[test]
fn the_footer_always_keeps_the_help_key_on_a_narrow_screen() {
    let mut h = Harness::with_examples(50, 16);
    h.keys("<Enter>2");
    let screen = h.screen();
    let keys = screen.lines().last().unwrap();
    assert!(keys.contains("? help"), "{keys}");
}

#[test]
fn delete_asks_first_and_moves_the_file_to_the_trash() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("d");
    assert!(h.screen().contains("to the trash?"));
    h.keys("n");
    assert_eq!(h.session_files().len(), 3);
    h.keys("d<Enter>");
    assert_eq!(h.session_files().len(), 2);
    let trashed: Vec<_> = std::fs::read_dir(h.paths.trash()).unwrap().collect();
    assert_eq!(trashed.len(), 1);
    assert!(h.screen().contains("Moved to the trash"));
    assert!(h.screen().contains("2 sessions in"));
}

#[test]
fn the_filter_finds_a_session_by_a_word_in_its_press_release() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("/feverish");
    let screen = h.screen();
    assert!(screen.contains("1 of 3"), "{screen}");
    assert!(screen.contains("▶ Clinic Queue"), "{screen}");
    assert!(!screen.contains("Nudge") && !screen.contains("Honesty box"), "{screen}");
    h.keys("<Enter><Enter>");
    assert!(h.screen().contains("Backwards · Clinic Queue"));
}

#[test]
fn the_filter_clears_with_esc() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("/zzzz");
    assert!(h.screen().contains("0 of 3"));
    h.keys("<Esc>");
    assert!(h.screen().contains("Nudge"));
}

#[test]
fn export_writes_markdown_then_updates_its_own_export_and_never_overwrites_others() {
    let mut h = Harness::with_examples(100, 30);
    let exports = h.root.path().join("exports");
    std::fs::write(exports.join("honesty-box-card-payments-at-farm-stands-without-signal.md"), "someone's notes")
        .unwrap();
    // x offers the format, markdown first: Enter takes it.
    h.keys("x<Enter>x<Enter>");
    let mut names: Vec<String> =
        std::fs::read_dir(&exports).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    names.sort();
    assert_eq!(
        names,
        [
            "honesty-box-card-payments-at-farm-stands-without-signal-2.md",
            "honesty-box-card-payments-at-farm-stands-without-signal.md"
        ]
    );
    let notes = std::fs::read_to_string(exports.join("honesty-box-card-payments-at-farm-stands-without-signal.md"));
    assert_eq!(notes.unwrap(), "someone's notes", "a file this run did not write is never written over");
    assert!(h.screen().contains("Export updated:"), "the second x replaced the first's file:\n{}", h.screen());
}

#[test]
fn help_lists_every_key_of_the_screen_it_was_opened_from() {
    let mut h = Harness::with_examples(120, 45);
    h.keys("?");
    let list_help = h.screen();
    for key in ["Enter", "open", "new", "filter", "delete", "export", "quit"] {
        assert!(list_help.contains(key), "{key} missing:\n{list_help}");
    }
    h.keys("<Esc><Enter><F1>");
    let session_help = h.screen();
    for key in ["1-4 ] [", "confidence", "Esc", "Ctrl+S"] {
        assert!(session_help.contains(key), "{key} missing:\n{session_help}");
    }
}

#[test]
fn an_unreadable_file_is_listed_with_its_error_and_cannot_be_opened() {
    let mut h = Harness::new(100, 30);
    std::fs::write(h.paths.sessions.join("broken.json"), "{\"title\": ").unwrap();
    h.relist();
    let screen = h.screen();
    assert!(screen.contains("⚠ broken.json"), "{screen}");
    h.keys("<Enter>");
    assert!(h.screen().contains("Cannot open it"));
}

#[test]
fn drawing_never_panics_at_any_size() {
    let mut h = Harness::with_examples(100, 30);
    h.keys("<Enter>2<Enter>");
    for width in [1, 2, 10, 39, 40, 41, 60, 80, 120, 300] {
        for height in [1, 2, 5, 11, 12, 13, 24, 60, 100] {
            h.resize(width, height);
            let screen = h.screen();
            if width < 40 || height < 12 {
                assert!(screen.contains("small") || width < 20 || height < 2, "{width}×{height}:\n{screen}");
            } else {
                for must in ["Backwards · Hon", "▶ 2 Press release", "▶ Headline", "EDITING"] {
                    assert!(screen.contains(must), "{width}×{height} lacks {must:?}:\n{screen}");
                }
            }
        }
    }
}

#[test]
fn a_long_list_scrolls_to_keep_the_selection_in_view() {
    let mut h = Harness::new(80, 24);
    for n in 0..40 {
        let session = backwards::domain::Session::new(
            format!("01long{n:02}"),
            format!("Session number {n:02}"),
            format!("2026-01-01T00:00:{n:02}Z"),
            backwards::domain::PrincipleSet::amazon(),
        );
        backwards::store::save(&h.paths.sessions.join(format!("01long{n:02}.json")), &session, None).unwrap();
    }
    h.relist();
    h.keys("<End>");
    let screen = h.screen();
    assert!(screen.contains("▶ Session number 00"), "the oldest is last and selected:\n{screen}");
    assert!(!screen.contains("Session number 39"), "the newest has scrolled away:\n{screen}");
    h.keys("<Home>");
    assert!(h.screen().contains("▶ Session number 39"));
}

#[test]
fn a_adds_a_review_item_and_starts_editing_it() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>3naThe headline buries the price.<Esc><Esc>");
    let saved = &h.saved()[0];
    let id = saved["review"]["items"][0]["id"].as_str().unwrap();
    assert!(id.starts_with("r-") && id.len() == 28, "an item's id is unique (r-<ulid>), got {id}");
    assert_eq!(saved["review"]["items"][0]["kind"], "comment");
    assert_eq!(saved["review"]["items"][0]["text"], "The headline buries the price.");
    assert!(h.screen().contains("Review: 1 item, 0 decisions"), "{}", h.screen());
}

#[test]
fn typing_without_a_pause_is_still_saved_every_few_seconds() {
    let mut h = Harness::new(80, 24);
    h.keys("nNonstop<Enter><Enter>");
    for word in ["one ", "two ", "three ", "four ", "five ", "six ", "seven ", "eight "] {
        h.keys(word);
        h.wait(Duration::from_millis(500));
    }
    let saved = h.saved()[0]["customer"]["who"]["text"].as_str().unwrap().to_owned();
    assert!(saved.starts_with("one two three four"), "at most three seconds of typing unsaved, got {saved:?}");
}

#[test]
fn the_scribe_records_dot_votes_on_a_review_item() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kpq3")]);
    h.keys("<Enter>3<Down>vvv<C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["votes"], 6);
    h.keys("V<C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["votes"], 5);
    assert!(h.screen().contains("5 votes"), "{}", h.screen());
}

#[test]
fn votes_never_go_below_zero() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>3naA point<Esc>VV<C-s>");
    assert_eq!(h.saved()[0]["review"]["items"][0]["votes"], 0);
}

#[test]
fn deleting_a_review_item_asks_first() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kpq3")]);
    h.keys("<Enter>3<Down>d");
    assert!(h.screen().contains("Delete this review item?"));
    h.keys("n<C-s>");
    assert_eq!(h.saved()[0]["review"]["items"].as_array().unwrap().len(), 5);
    h.keys("d<Enter><C-s>");
    let items = h.saved()[0]["review"]["items"].as_array().unwrap().clone();
    assert_eq!(items.len(), 4);
    assert_eq!(items[0]["id"], "r2");
}

#[test]
fn an_item_a_version_addresses_cannot_be_deleted() {
    let mut h = Harness::with_sessions(100, 30, &[&example("01kjh8")]);
    h.keys("<Enter>3");
    for _ in 0..6 {
        h.keys("<Down>");
    }
    h.keys("d");
    assert!(h.screen().contains("Version 2 addresses this item, so it stays."), "{}", h.screen());
}

#[test]
fn a_decision_without_a_principle_is_flagged_in_the_review() {
    let mut h = Harness::with_sessions(120, 40, &[&example("01kpq3")]);
    h.keys("<Enter>3");
    let screen = h.screen();
    assert!(screen.contains("decision · revise · ⚠ no principle"), "{screen}");
    assert_eq!(screen.matches("⚠ no principle").count(), 1, "only the decision without one:\n{screen}");
}

#[test]
fn items_and_questions_added_in_two_programs_at_the_same_moment_get_different_ids() {
    let mut h = Harness::new(80, 24);
    h.keys("nX<Enter>3naA point<Esc><Esc>2aA question?<Esc><Esc><Esc>");
    let mut other = h.restart();
    other.keys("<Enter>3aAnother point<Esc><Esc>aSecond point<Esc><Esc>2aAnother question?<Esc><Esc><Esc>");
    let saved = &other.saved()[0];
    let ids: std::collections::HashSet<&str> = saved["review"]["items"]
        .as_array()
        .unwrap()
        .iter()
        .chain(saved["faq"]["external"].as_array().unwrap())
        .map(|entry| entry["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids.len(), 5, "every id differs: {ids:?}");
}
