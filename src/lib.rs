//! Backwards: a terminal workshop for Working Backwards sessions.

pub mod domain;
pub mod export;
