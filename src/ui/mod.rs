//! The Leptos layer: components that show the core's state and dispatch commands.

mod app;
pub mod route;

pub use app::App;
