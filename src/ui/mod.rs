//! The Leptos layer: components that show the core's state and dispatch commands.

mod app;
pub mod case;
pub mod describe;
pub mod flow;
pub mod form;
pub mod format;
pub mod print;
pub mod route;
pub mod step;

pub use app::App;
