//! Backwards: a terminal workshop for Working Backwards sessions.

pub mod app;
pub mod cli;
pub mod config;
pub mod domain;
pub mod export;
pub mod import;
pub mod merge;
mod parallel;
pub mod projector;
mod runner;
mod runner_index;
pub mod store;
pub mod terminal;
pub mod tui;
mod tui_incoming;
pub mod ui;
