//! Sopir: the SOP Izin Perluasan as a local-first browser app.
//!
//! Layout: the engine crate (`engine/`) holds `core`, the pure SOP engine tested natively,
//! `store`, the local-first store, and `i18n`, the texts; `ui` here is a thin Leptos layer
//! over them. Re-exported so that paths read `sopir::core::...` from anywhere.

pub use sopir_app as app;
pub use sopir_engine::{core, i18n, store, wire};

pub mod browser;
pub mod ui;

/// The app version shown in the footer and written into exported files.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
