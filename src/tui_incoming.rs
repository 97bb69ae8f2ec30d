//! What the terminal's loop waits for, through one queue: the terminal's events, read
//! on a thread of their own, and the results of work done in the background.

use std::sync::mpsc;

use ratatui::crossterm::event::{self, Event};

use crate::app::Action;

/// What the terminal's loop waits for: the terminal's events, and the results of work
/// done on threads of its own.
pub enum Incoming {
    Terminal(Event),
    Finished(Action),
    /// The terminal's input has closed: nothing more will come from it.
    InputClosed,
}

/// Terminal events arrive through a channel from a thread of their own. When the
/// terminal goes away, crossterm's reader can spin forever on the closed input without
/// returning; on its own thread it cannot keep this loop from noticing the hang-up
/// (the signal, or a failed draw), saving and exiting.
pub(crate) fn read_events_on_their_own_thread(sender: mpsc::Sender<Incoming>) {
    std::thread::spawn(move || {
        while let Ok(event) = event::read() {
            if sender.send(Incoming::Terminal(event)).is_err() {
                return;
            }
        }
        let _ = sender.send(Incoming::InputClosed);
    });
}
