//! Session → markdown. Pure.
