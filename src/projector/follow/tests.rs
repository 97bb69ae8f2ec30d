//! The projector takes the facilitator's record over the session as read, and the
//! session again when its file changes; without a record it shows the saved stage.

use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::Follower;
use crate::app::{Field, RoomRecord};
use crate::config::Theme;
use crate::domain::{CustomerQuestion, PrincipleSet, ReviewItem, ReviewKind, Stage};
use crate::store::{self, Paths};

fn folders() -> (tempfile::TempDir, Paths) {
    Paths::temporary()
}

fn record(id: &str, stage: Stage) -> RoomRecord {
    RoomRecord {
        session_id: id.to_owned(),
        stage,
        focus: None,
        presenter_scroll: None,
        timebox_minutes: 40,
        spent_seconds: 0,
        timer_running_since: None,
        silent_reading_until: None,
        silent_reading_paused_left: None,
        process_id: Some(std::process::id()),
        live_text: None,
    }
}

/// A moment of the given day, at noon UTC: the same day in every time zone that is
/// less than twelve hours from UTC.
fn noon(day: &str) -> Timestamp {
    format!("{day}T12:00:00Z").parse().unwrap()
}

fn screen(follower: &Follower, size: (u16, u16)) -> String {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).unwrap();
    terminal
        .draw(|frame| crate::ui::render_projection(frame, &follower.projection(), Theme::HighContrast, Instant::now()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| (0..buffer.area.width).map(|x| buffer[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

#[test]
fn the_saved_stage_until_a_facilitator_publishes_then_theirs_with_the_clock() {
    let (_root, paths) = folders();
    let loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    let id = loaded.session.id.clone();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    let (now, wall) = (Instant::now(), Timestamp::now());
    follower.poll(now, wall);
    assert_eq!(follower.view.stage, Stage::Customer);
    assert!(screen(&follower, (100, 30)).contains("waiting for the facilitator's window"));

    let mut review = record(&id, Stage::Review);
    review.spent_seconds = 30;
    review.timer_running_since = Some(wall.checked_sub(SignedDuration::from_secs(90)).unwrap());
    store::write_room(&paths, &id, &review).unwrap();
    follower.poll(now, wall);
    assert_eq!(follower.view.stage, Stage::Review);
    assert_eq!(follower.view.spent_seconds(now), 120, "the saved seconds and the 90 the timer has run");
    let shown = screen(&follower, (100, 30));
    assert!(shown.contains("following the facilitator's window"), "{shown}");
    assert!(shown.contains("▶ 38:00 left"), "the clock runs for the room:\n{shown}");

    store::remove_room(&paths, &id).unwrap();
    follower.poll(now + Duration::from_secs(1), wall);
    assert_eq!((follower.view.stage, follower.view.timer_since), (Stage::Customer, None));
}

#[test]
fn the_room_follows_the_focus_outside_the_presenter_view_and_its_scroll_inside() {
    let (_root, paths) = folders();
    let mut loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    for question in CustomerQuestion::ALL {
        loaded.session.customer.answer_mut(question).text = "A line of the answer.\n".repeat(6);
    }
    store::save(&loaded.path, &loaded.session, Some(loaded.fingerprint)).unwrap();
    let id = loaded.session.id.clone();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    let last = CustomerQuestion::Experience.question();
    assert!(!screen(&follower, (80, 16)).contains(last), "the last question starts out of sight");

    let mut focused = record(&id, Stage::Customer);
    focused.focus = Some(Field::Answer(CustomerQuestion::Experience));
    store::write_room(&paths, &id, &focused).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    let shown = screen(&follower, (80, 16));
    assert!(shown.contains(&format!("▶ {last}")), "scrolled to and marked:\n{shown}");

    focused.presenter_scroll = Some(0);
    store::write_room(&paths, &id, &focused).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert!(!screen(&follower, (80, 16)).contains(last), "the presenter view's own scroll decides");
}

#[test]
fn a_change_to_the_session_file_is_read_and_a_record_for_another_session_ignored() {
    let (_root, paths) = folders();
    let mut loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    loaded.session.press_release.headline = "Kids read on their own".to_owned();
    store::save(&loaded.path, &loaded.session, Some(loaded.fingerprint)).unwrap();
    store::write_room(&paths, &loaded.session.id, &record("someone-else", Stage::Review)).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert_eq!(follower.view.session.press_release.headline, "Kids read on their own");
    assert_eq!(follower.view.stage, Stage::Customer, "a record naming another session is not followed");
}

#[test]
fn a_record_withdrawn_leaves_the_files_own_figures_and_text_not_the_records() {
    let (_root, paths) = folders();
    let mut loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    loaded.session.stage = Stage::Review;
    loaded.session.customer.answer_mut(CustomerQuestion::Who).text = "Parents".to_owned();
    store::save(&loaded.path, &loaded.session, Some(loaded.fingerprint)).unwrap();
    let id = loaded.session.id.clone();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    let mut review = record(&id, Stage::Review);
    review.timebox_minutes = 55;
    review.spent_seconds = 300;
    store::write_room(&paths, &id, &review).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert!(screen(&follower, (100, 30)).contains("⏸ 50:00 left"), "the facilitator's clock");
    let mut typing = record(&id, Stage::Customer);
    typing.focus = Some(Field::Answer(CustomerQuestion::Who));
    typing.live_text = Some("Parents of early readers".to_owned());
    store::write_room(&paths, &id, &typing).unwrap();
    follower.poll(Instant::now(), Timestamp::now());

    store::remove_room(&paths, &id).unwrap();
    assert!(follower.poll(Instant::now(), Timestamp::now()), "the withdrawal is a change to draw");
    assert_eq!(follower.view.session.timeboxes, loaded.session.timeboxes, "the file's own figures");
    assert_eq!(follower.view.session.customer.answer(CustomerQuestion::Who).text, "Parents");
    let shown = screen(&follower, (100, 30));
    assert!(shown.contains("waiting for the facilitator's window") && !shown.contains("left"), "{shown}");
}

#[test]
fn the_text_being_typed_shows_in_its_field_before_it_is_saved() {
    let (_root, paths) = folders();
    let loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    let id = loaded.session.id.clone();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    let mut typing = record(&id, Stage::Customer);
    typing.focus = Some(Field::Answer(CustomerQuestion::Benefit));
    typing.live_text = Some("Ten minutes\u{1b}[31m a night\n\nwith a parent".to_owned());
    store::write_room(&paths, &id, &typing).unwrap();
    assert!(follower.poll(Instant::now(), Timestamp::now()));
    let shown = screen(&follower, (100, 30));
    assert!(shown.contains("Ten minutes[31m a night") && shown.contains("with a parent"), "{shown}");
    assert!(!shown.contains('\u{1b}'), "a control character in the record never reaches the terminal");

    typing.live_text = None;
    store::write_room(&paths, &id, &typing).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert!(screen(&follower, (100, 30)).contains("with a parent"), "editing stopped, the save not yet made");
    let mut saved = store::load(&loaded.path).unwrap();
    saved.session.customer.answer_mut(CustomerQuestion::Benefit).text = "Ten minutes with a parent".to_owned();
    store::save(&saved.path, &saved.session, Some(saved.fingerprint)).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    let shown = screen(&follower, (100, 30));
    assert!(shown.contains("Ten minutes with a parent") && !shown.contains("a night"), "the file once saved:\n{shown}");
}

#[test]
fn a_record_left_by_a_window_that_is_gone_is_not_followed() {
    let (_root, paths) = folders();
    let loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    let id = loaded.session.id.clone();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    let mut crashed = record(&id, Stage::Review);
    let mut ended = std::process::Command::new("true").spawn().unwrap();
    ended.wait().unwrap();
    crashed.process_id = Some(ended.id());
    store::write_room(&paths, &id, &crashed).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert_eq!(follower.view.stage, Stage::Customer, "the saved stage, as with no record");
    assert!(screen(&follower, (100, 30)).contains("waiting for the facilitator's window"));

    crashed.process_id = None;
    store::write_room(&paths, &id, &crashed).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert_eq!(follower.view.stage, Stage::Review, "a record from before the process id is followed");
}

#[test]
fn an_open_decision_is_marked_overdue_from_the_day_after_its_due_date() {
    let (_root, paths) = folders();
    let mut loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    let mut decision = ReviewItem::new("r1".into(), ReviewKind::Decision, String::new());
    decision.text = "Pilot in two schools".to_owned();
    decision.due = Some("2026-03-10".to_owned());
    loaded.session.review.items.push(decision);
    loaded.session.stage = Stage::Review;
    store::save(&loaded.path, &loaded.session, Some(loaded.fingerprint)).unwrap();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), noon("2026-03-10")).unwrap();
    follower.poll(Instant::now(), noon("2026-03-10"));
    let shown = screen(&follower, (100, 30));
    assert!(shown.contains("due 2026-03-10") && !shown.contains("overdue"), "due today is not late:\n{shown}");
    assert!(!follower.poll(Instant::now(), noon("2026-03-10")), "nothing new to draw");
    assert!(follower.poll(Instant::now(), noon("2026-03-11")), "the day turned with the window open");
    let shown = screen(&follower, (100, 30));
    assert!(shown.contains("due 2026-03-10 ⚠ overdue"), "{shown}");
}

#[test]
fn a_poll_that_finds_nothing_new_asks_for_no_frame() {
    let (_root, paths) = folders();
    let loaded = store::create(&paths, "Kids reader", PrincipleSet::default(), false).unwrap();
    let id = loaded.session.id.clone();
    let mut follower = Follower::open(paths.clone(), loaded.path.clone(), Timestamp::now()).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert!(!follower.poll(Instant::now(), Timestamp::now()));
    store::write_room(&paths, &id, &record(&id, Stage::Review)).unwrap();
    assert!(follower.poll(Instant::now(), Timestamp::now()));
    store::write_room(&paths, &id, &record(&id, Stage::Review)).unwrap();
    assert!(!follower.poll(Instant::now(), Timestamp::now()), "the same record written again");
}
