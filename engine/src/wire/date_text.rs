//! Dates as text the way chrono's serde writes them (`2025-01-06`), without chrono's
//! general formatter and parser: step forms, BAPs, letters and stored summaries hold
//! dates, and an import of 1,000 cases reads tens of thousands and writes them again to
//! check event hashes. As in `utc_text`, the output is byte-for-byte chrono's, and any text
//! the fast path does not recognise goes to chrono (property tests in tests/date_text.rs).
//!
//! For `#[serde(with = "crate::wire::date_text")]` on a `NaiveDate`, and
//! `#[serde(default, with = "crate::wire::date_text::option")]` on an `Option<NaiveDate>`.

use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::wire::text_field::read_str;

pub fn serialize<S: Serializer>(date: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
    Text(*date).serialize(s)
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    Text::deserialize(d).map(|t| t.0)
}

pub mod option {
    use super::*;

    pub fn serialize<S: Serializer>(date: &Option<NaiveDate>, s: S) -> Result<S::Ok, S::Error> {
        date.map(Text).serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveDate>, D::Error> {
        Option::<Text>::deserialize(d).map(|t| t.map(|t| t.0))
    }
}

/// Like `NaiveDate`'s `FromStr` (what its deserialization uses).
pub fn parse(text: &str) -> Result<NaiveDate, chrono::ParseError> {
    match parse_canonical(text.as_bytes()) {
        Some(date) => Ok(date),
        None => NaiveDate::from_str(text),
    }
}

/// A date written and read by the fast path.
struct Text(NaiveDate);

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match write(&self.0) {
            Some(bytes) => s.serialize_str(std::str::from_utf8(&bytes).expect("ASCII")),
            None => self.0.serialize(s),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Text, D::Error> {
        read_str(d, "a formatted date string", |text| parse(text).map(Text))
    }
}

/// `YYYY-MM-DD` for the years 0-9999 (chrono writes others with a sign); `None` otherwise.
fn write(date: &NaiveDate) -> Option<[u8; 10]> {
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let mut out = *b"0000-00-00";
    for (at, value, digits) in [(0, year, 4), (5, date.month(), 2), (8, date.day(), 2)] {
        let mut v = value;
        for i in (0..digits).rev() {
            out[at + i] = b'0' + (v % 10) as u8;
            v /= 10;
        }
    }
    Some(out)
}

/// Exactly `YYYY-MM-DD` naming a real date.
fn parse_canonical(b: &[u8]) -> Option<NaiveDate> {
    let b: &[u8; 10] = b.try_into().ok()?;
    if b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let number = |digits: &[u8]| {
        digits.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let year = i32::try_from(number(&b[..4])?).ok()?;
    NaiveDate::from_ymd_opt(year, number(&b[5..7])?, number(&b[8..])?)
}
