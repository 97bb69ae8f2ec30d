//! The projector takes the facilitator's record over the session as read, and the
//! session again when its file changes; without a record it shows the saved stage.

use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use super::Follower;
use crate::app::{Field, RoomRecord};
use crate::config::Theme;
use crate::domain::{CustomerQuestion, PrincipleSet, Stage};
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
    }
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
    let mut follower = Follower::open(paths.clone(), loaded.path.clone()).unwrap();
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
    let mut follower = Follower::open(paths.clone(), loaded.path.clone()).unwrap();
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
    let mut follower = Follower::open(paths.clone(), loaded.path.clone()).unwrap();
    loaded.session.press_release.headline = "Kids read on their own".to_owned();
    store::save(&loaded.path, &loaded.session, Some(loaded.fingerprint)).unwrap();
    store::write_room(&paths, &loaded.session.id, &record("someone-else", Stage::Review)).unwrap();
    follower.poll(Instant::now(), Timestamp::now());
    assert_eq!(follower.view.session.press_release.headline, "Kids read on their own");
    assert_eq!(follower.view.stage, Stage::Customer, "a record naming another session is not followed");
}
