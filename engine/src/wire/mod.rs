//! The fast serialization paths, apart from the domain: each replaces a generic serde or
//! chrono route that measurement showed too slow in the browser (the README's benchmark
//! notes give the numbers), and each reads and writes exactly what the generic route did,
//! so stored records, case files and their hashes are unchanged.
//!
//! - `utc_text`, `date_text`: event times and dates written and parsed without chrono's
//!   formatter and parser (`#[serde(with = ...)]`).
//! - `text_field`: a string field read borrowed from the input, not copied.
//! - `body_de`: an event body read without serde's buffering when its tag comes first.
//! - `path_text`: a stored summary's path read by a small parser of its own (the bulk of
//!   the work of opening the app).
//! - `codec`: a stored record's deflate stream, primed with a dictionary of the records'
//!   JSON shapes (`dictionary.txt`), and its binary parts.

pub mod body_de;
pub mod codec;
pub mod date_text;
pub mod path_text;
pub mod text_field;
pub mod utc_text;
