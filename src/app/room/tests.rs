//! The published record changes when the room would see a change, and only then.

use std::path::PathBuf;
use std::time::{Duration, Instant};

use super::{Room, RoomRecord};
use crate::app::{Action, App, Field, Now, update};
use crate::domain::{Access, CustomerQuestion, Fingerprint, Loaded, PrincipleSet, Session, Stage};

struct Clock {
    start: Instant,
}

impl Clock {
    fn at(&self, seconds: u64) -> Now {
        Now {
            instant: self.start + Duration::from_secs(seconds),
            timestamp: format!("2026-03-03T09:00:{seconds:02}Z"),
            ulid: ulid::Ulid::from_parts(seconds, 1),
        }
    }
}

fn opened(access: Access) -> (App, Clock) {
    let clock = Clock { start: Instant::now() };
    let mut app = App::new(PathBuf::from("/sessions"), clock.start, PrincipleSet::default());
    let session = Session::new(
        "s1".to_owned(),
        "Kids reader".to_owned(),
        "2026-03-03T09:00:00Z".to_owned(),
        PrincipleSet::default(),
    );
    let loaded =
        Loaded { session, path: PathBuf::from("/sessions/s1.json"), fingerprint: Fingerprint::of(b"x"), access };
    update(&mut app, Action::Opened(Ok(Box::new(loaded))), &clock.at(0));
    (app, clock)
}

fn room(app: &App) -> Room<'static> {
    Room::of(app).expect("a session open for writing").into_owned()
}

#[test]
fn the_list_and_a_session_only_read_here_publish_nothing() {
    let clock = Clock { start: Instant::now() };
    let app = App::new(PathBuf::from("/sessions"), clock.start, PrincipleSet::default());
    assert_eq!(Room::of(&app), None);
    let (read_only, _) = opened(Access::ReadOnly("open in another Backwards".to_owned()));
    assert_eq!(Room::of(&read_only), None);
}

#[test]
fn ticks_change_nothing_the_room_sees_and_typing_only_the_live_text() {
    let (mut app, clock) = opened(Access::ReadWrite);
    let before = room(&app);
    assert_eq!(before.stage, Stage::Customer);
    assert_eq!(before.focus, Some(Field::Answer(CustomerQuestion::Who)));
    update(&mut app, Action::Tick, &clock.at(5));
    update(&mut app, Action::Edit, &clock.at(6));
    assert_eq!(room(&app).live_text.as_deref(), Some(""), "the field's text from the moment it is edited");
    let letter = ratatui_textarea::Input { key: ratatui_textarea::Key::Char('K'), ..Default::default() };
    update(&mut app, Action::EditText(letter), &clock.at(7));
    update(&mut app, Action::Tick, &clock.at(9));
    let typed = room(&app);
    assert_eq!(typed.live_text.as_deref(), Some("K"), "the room reads the letter before any save");
    assert_eq!(Room { live_text: None, ..typed }, before, "an autosave is not the room's business");
    update(&mut app, Action::Back, &clock.at(10));
    assert_eq!(room(&app).live_text, None, "no live text once the editing stops: the session has it");
}

/// The room as it is now, which must differ from `last`.
fn changed(app: &App, last: &Room, what: &str) -> Room<'static> {
    let now = room(app);
    assert_ne!(&now, last, "{what} changes what the room sees");
    now
}

#[test]
fn the_stage_the_focus_the_presenter_and_the_timer_each_change_it() {
    let (mut app, clock) = opened(Access::ReadWrite);
    let last = room(&app);
    update(&mut app, Action::NextField, &clock.at(1));
    let last = changed(&app, &last, "the focus");
    assert_eq!(last.focus, Some(Field::Answer(CustomerQuestion::Problem)));
    update(&mut app, Action::GoToStage(Stage::PressRelease), &clock.at(2));
    let last = changed(&app, &last, "the stage");
    assert_eq!(last.stage, Stage::PressRelease);
    update(&mut app, Action::ToggleTimer, &clock.at(3));
    let last = changed(&app, &last, "starting the timer");
    assert_eq!(last.timer_since, Some(clock.at(3).instant));
    update(&mut app, Action::ToggleTimer, &clock.at(63));
    let last = changed(&app, &last, "pausing the timer");
    assert_eq!((last.timer_since, last.spent_seconds), (None, 60));
    update(&mut app, Action::Present, &clock.at(64));
    let last = changed(&app, &last, "the presenter view");
    assert_eq!(last.presenter_scroll, Some(0));
    update(&mut app, Action::Scroll(3), &clock.at(65));
    let last = changed(&app, &last, "scrolling the presenter view");
    assert_eq!(last.presenter_scroll, Some(3));
}

#[test]
fn a_running_timer_saved_on_the_way_tells_the_room_the_same_clock() {
    let (mut app, clock) = opened(Access::ReadWrite);
    let wall_at = |seconds: i64| jiff::Timestamp::from_second(1_772_528_400 + seconds).unwrap();
    update(&mut app, Action::ToggleTimer, &clock.at(1));
    let before = room(&app).to_record(clock.at(1).instant, wall_at(1), 1);
    update(&mut app, Action::Tick, &clock.at(31));
    let folded = room(&app);
    assert_eq!(folded.spent_seconds, 30, "the seconds counted went into the session");
    let after = folded.to_record(clock.at(31).instant, wall_at(31), 1);
    let elapsed = |record: &RoomRecord| {
        let since = record.timer_since(clock.at(40).instant, wall_at(40)).expect("running");
        record.spent_seconds + clock.at(40).instant.duration_since(since).as_secs()
    };
    assert_eq!((elapsed(&before), elapsed(&after)), (39, 39));
}

#[test]
fn the_record_carries_the_clock_and_the_reading_across_processes_and_reads_back() {
    let facilitator = Instant::now();
    let wall = jiff::Timestamp::from_second(1_772_528_400).unwrap();
    let room = Room {
        session_id: "s1".into(),
        stage: Stage::Review,
        focus: Some(Field::ReviewItem(2)),
        presenter_scroll: Some(4),
        timebox_minutes: 40,
        spent_seconds: 30,
        timer_since: facilitator.checked_sub(Duration::from_secs(90)),
        reading_until: Some(facilitator + Duration::from_secs(600)),
        reading_paused: None,
        live_text: Some("Kids read".into()),
    };
    let record = room.to_record(facilitator, wall, 4242);
    let text = serde_json::to_string(&record).unwrap();
    assert!(text.contains(r#""focus":{"review_item":2}"#), "{text}");
    assert!(text.contains(r#""process_id":4242"#) && text.contains(r#""live_text":"Kids read""#), "{text}");
    let read: RoomRecord = serde_json::from_str(&text).unwrap();
    assert_eq!(read, record);
    // The projector's clock is its own; the same wall-clock moment five seconds on.
    let projector = Instant::now() + Duration::from_secs(1000);
    let five_later = wall.checked_add(jiff::SignedDuration::from_secs(5)).unwrap();
    let since = read.timer_since(projector, five_later).unwrap();
    assert_eq!(projector.duration_since(since), Duration::from_secs(95));
    let until = read.reading_until(projector, five_later).unwrap();
    assert_eq!(until.duration_since(projector), Duration::from_secs(595));
}

#[test]
fn a_record_written_before_the_process_id_and_the_live_text_still_reads() {
    let old = r#"{"session_id":"s1","stage":"review","focus":null,"presenter_scroll":null,
        "timebox_minutes":40,"spent_seconds":30,"timer_running_since":null,
        "silent_reading_until":null,"silent_reading_paused_left":null}"#;
    let record: RoomRecord = serde_json::from_str(old).unwrap();
    assert_eq!((record.stage, record.process_id, record.live_text), (Stage::Review, None, None));
}
