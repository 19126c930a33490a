//! The Leptos layer: components that show the core's state and dispatch commands.

pub mod acting;
mod app;
pub mod case;
pub mod describe;
pub mod files;
pub mod flow;
pub mod form;
pub mod format;
pub mod guide;
pub mod lists;
pub mod notice;
pub mod print;
pub mod route;
pub mod state;
pub mod stats;
pub mod step;
pub mod storage_bar;
#[cfg(test)]
mod testkit;
pub mod views;

pub use app::App;
