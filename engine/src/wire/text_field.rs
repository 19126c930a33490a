//! Values read from JSON strings (times, dates, hashes) without a copy of the string.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// Reads a string field with `parse`, without a copy of the string: serde's `Cow<str>`
/// always allocates one (a 1,000-case file holds 25,000 event times and hashes).
/// `expecting` names what a value of another type was expected to be.
pub fn read_str<'de, D, T, E>(
    d: D,
    expecting: &'static str,
    parse: impl FnOnce(&str) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    struct StrVisitor<F, T> {
        expecting: &'static str,
        parse: F,
        value: PhantomData<fn() -> T>,
    }
    impl<'de, F, T, E> Visitor<'de> for StrVisitor<F, T>
    where
        F: FnOnce(&str) -> Result<T, E>,
        E: fmt::Display,
    {
        type Value = T;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str(self.expecting)
        }
        fn visit_str<Er: de::Error>(self, text: &str) -> Result<T, Er> {
            (self.parse)(text).map_err(Er::custom)
        }
    }
    d.deserialize_str(StrVisitor {
        expecting,
        parse,
        value: PhantomData,
    })
}
