//! The projector's window, `backwards present REF`: a second, read-only window that
//! follows the facilitator's, and the facilitator's side that tells it what to show.

mod publish;

pub use publish::RoomPublisher;
