//! One module per addressable view.

pub mod conflicts;
pub mod kasus;
pub mod kasus_baru;
