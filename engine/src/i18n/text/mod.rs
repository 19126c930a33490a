//! The texts, by area. `"Bahasa Indonesia" / "English"`.

mod case;
mod correction;
mod documents;
mod shell;
mod training;
mod views;

pub use case::*;
pub use correction::*;
pub use documents::*;
pub use shell::*;
pub use training::*;
pub use views::*;
