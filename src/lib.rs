//! Sopir: the SOP Izin Perluasan as a local-first browser app.
//!
//! Layout: `core` is the pure engine (no browser, no Leptos) and is tested natively;
//! `ui` is a thin Leptos layer over it.

pub mod i18n;
pub mod ui;

/// The app version shown in the footer and written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
pub mod core;
pub mod store;
