//! Forms: what the person typed (a `Draft`: text by field key) turned into the core's
//! commands, and drafts prefilled from a case.

pub mod agenda;
pub mod correction;
pub mod draft;
pub mod settings;

pub use draft::Draft;
