//! Backwards: a terminal workshop for Working Backwards sessions.

pub mod cli;
pub mod domain;
pub mod export;
pub mod store;
