//! The projector's window, `backwards present REF`: a second, read-only window that
//! follows the facilitator's (`follow`, `window`), and the facilitator's side that tells
//! it what the room sees (`publish`).

mod follow;
mod publish;
mod window;

pub use follow::Follower;
pub use publish::RoomPublisher;
pub use window::run;
