//! The texts, by area. `"Bahasa Indonesia" / "English"`.

mod case;
mod documents;
mod shell;
mod training;
mod views;

pub use case::*;
pub use documents::*;
pub use shell::*;
pub use training::*;
pub use views::*;
