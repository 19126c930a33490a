//! Sopir's engine, everything below the Leptos layer: `core` (the SOP as data, the case
//! state machine, deadlines, case files and their merge; pure, no browser), `store` (the
//! local-first store behind a `Storage` trait, with localStorage and in-memory backends)
//! and `i18n` (every text, Bahasa Indonesia and English). A crate of its own, so nothing
//! here can reach Leptos, and so it can be optimised for speed while the UI stays small.

pub mod core;
pub mod i18n;
pub mod store;
pub mod wire;
