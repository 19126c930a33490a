//! The Leptos layer: components that show the core's state and dispatch commands.

pub mod acting;
mod app;
pub mod case;
pub mod files;
pub mod flow;
pub mod form;
pub mod guide;
pub mod notice;
pub mod print;
pub mod session;
pub mod state;
pub mod step;
pub mod storage_bar;
pub mod views;

pub use app::App;
