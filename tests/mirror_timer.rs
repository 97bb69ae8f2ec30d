//! A second window that opened the session read-only (the first holds the lock) shows
//! the first one's timer running, as it saves the seconds spent.

#[path = "support/harness.rs"]
mod harness;

use std::time::Duration;

use harness::{Harness, example};

fn header(h: &mut Harness) -> String {
    h.screen().lines().next().unwrap_or_default().to_owned()
}

/// The clock in the header as seconds, with `over` for past the timebox.
fn clock(header: &str) -> (bool, u64) {
    let over = header.contains("over by");
    let digits = header.rsplit(' ').find(|word| word.contains(':')).unwrap();
    let (minutes, seconds) = digits.split_once(':').unwrap();
    (over, minutes.parse::<u64>().unwrap() * 60 + seconds.parse::<u64>().unwrap())
}

#[test]
fn the_read_only_window_shows_the_running_timer_and_its_pause() {
    let mut first = Harness::with_sessions(100, 30, &[&example("01kpq")]);
    first.keys("<Enter>1 ");
    let mut second = first.another_instance();
    second.keys("<Enter>1");
    assert!(second.screen().contains("READ-ONLY"), "{}", second.screen());
    assert!(header(&mut second).contains('⏸'), "{}", header(&mut second));

    // The first window saves its seconds every 15 s as the timer runs.
    first.wait(Duration::from_secs(15));
    first.wait(Duration::from_secs(2));
    second.wait(Duration::from_secs(2));
    let seen = header(&mut second);
    assert!(seen.contains('▶'), "running in the read-only window too: {seen}");
    assert_eq!(clock(&seen), clock(&header(&mut first)), "{seen}");

    second.wait(Duration::from_secs(4));
    let (over, later) = clock(&header(&mut second));
    let (_, before) = clock(&seen);
    assert_eq!(if over { later - before } else { before - later }, 4, "the clock goes on between saves");

    first.keys(" ");
    first.wait(Duration::from_secs(2));
    second.wait(Duration::from_secs(22));
    let paused = header(&mut second);
    assert!(paused.contains('⏸'), "a pause shows once no more seconds arrive: {paused}");
    assert_eq!(clock(&paused), clock(&header(&mut first)), "and shows the seconds saved: {paused}");
    assert_eq!(second.saved(), first.saved(), "the read-only window never writes");
}
