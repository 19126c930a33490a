//! Sopir's application layer: everything the views need that is not rendering.
//!
//! - `forms`: a form's draft (what the person typed, by field key) → a command, and the
//!   prefill from the case; the step forms, the buku agenda's fields, corrections, the
//!   settings form.
//! - `queries`: the lists (Tugas Saya, Daftar Kasus) and the dashboard's numbers.
//! - `documents`: the printable letters' models (Nota Dinas, Surat Tugas, BAP, Surat
//!   Pengantar) with their words.
//! - `timeline`: what an event says, in words.
//! - `flow`: the SOP flow table's marks and geometry.
//! - `guide`: the training walk-through's texts and the state of a run.
//! - `route`: the app's addresses.
//!
//! It may use the engine (`core`, `store`, `i18n`, re-exported here so paths read
//! `crate::core::...`); it never uses Leptos or the browser, and the views (`src/ui`) use
//! it, never the other way round.

pub use sopir_engine::{core, i18n, store};

pub mod documents;
pub mod files;
pub mod flow;
pub mod forms;
pub mod guide;
pub mod queries;
pub mod route;
pub mod timeline;

#[cfg(test)]
mod testkit;
