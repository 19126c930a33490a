//! Event times as text, the way chrono's serde writes them (`2025-01-06T01:15:00.123Z`),
//! without chrono's general formatter and parser: a 1,000-case file holds 25,000 event
//! times, each read once and written once more to check its event's hash.
//!
//! The output is byte-for-byte chrono's, and any text this fast path does not recognise
//! (another offset, a leap second, a year outside 0000-9999, a bad date) goes to chrono,
//! so the accepted values and errors are chrono's too (property tests compare both).

use std::str::FromStr;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveTime, Timelike, Utc};
use serde::{Deserializer, Serializer};

/// For `#[serde(with = "crate::wire::utc_text")]` on a `DateTime<Utc>`.
pub fn serialize<S: Serializer>(at: &DateTime<Utc>, s: S) -> Result<S::Ok, S::Error> {
    match write(at) {
        Some(text) => s.serialize_str(text.as_str()),
        None => serde::Serialize::serialize(at, s),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<Utc>, D::Error> {
    crate::wire::text_field::read_str(d, "a string", parse)
}

/// Like `DateTime<Utc>`'s deserialization in chrono.
pub fn parse(text: &str) -> Result<DateTime<Utc>, chrono::ParseError> {
    match parse_canonical(text.as_bytes()) {
        Some(at) => Ok(at),
        None => DateTime::<FixedOffset>::from_str(text).map(|at| at.with_timezone(&Utc)),
    }
}

/// At most `YYYY-MM-DDTHH:MM:SS.fffffffffZ`.
struct Text {
    bytes: [u8; 30],
    len: usize,
}

impl Text {
    fn push(&mut self, c: u8) {
        self.bytes[self.len] = c;
        self.len += 1;
    }

    fn digits(&mut self, value: u32, n: u32) {
        for i in (0..n).rev() {
            self.push(b'0' + (value / 10u32.pow(i) % 10) as u8);
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).expect("ASCII")
    }
}

/// The text chrono writes, for the years 0-9999 and no leap second; `None` otherwise.
fn write(at: &DateTime<Utc>) -> Option<Text> {
    let (date, time) = (at.date_naive(), at.time());
    let year = u32::try_from(date.year()).ok().filter(|y| *y <= 9999)?;
    let nanos = time.nanosecond();
    if nanos >= 1_000_000_000 {
        return None;
    }
    let mut out = Text {
        bytes: [0; 30],
        len: 0,
    };
    for (value, n, after) in [
        (year, 4, b'-'),
        (date.month(), 2, b'-'),
        (date.day(), 2, b'T'),
        (time.hour(), 2, b':'),
        (time.minute(), 2, b':'),
    ] {
        out.digits(value, n);
        out.push(after);
    }
    out.digits(time.second(), 2);
    // chrono's AutoSi: as many digits as the fraction needs, in groups of three.
    if nanos != 0 {
        out.push(b'.');
        if nanos % 1_000_000 == 0 {
            out.digits(nanos / 1_000_000, 3);
        } else if nanos % 1_000 == 0 {
            out.digits(nanos / 1_000, 6);
        } else {
            out.digits(nanos, 9);
        }
    }
    out.push(b'Z');
    Some(out)
}

/// `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`, a valid date, seconds below 60.
fn parse_canonical(b: &[u8]) -> Option<DateTime<Utc>> {
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        b.get(range)?.iter().try_fold(0u32, |n, c| {
            c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
        })
    };
    let at = |i: usize, c: u8| b.get(i) == Some(&c);
    let separators = at(4, b'-') && at(7, b'-') && at(10, b'T') && at(13, b':') && at(16, b':');
    if !separators || b.last() != Some(&b'Z') {
        return None;
    }
    let nanos = match b.len() {
        20 => 0,
        24 | 27 | 30 if at(19, b'.') => {
            let digits = b.len() - 21;
            number(20..b.len() - 1)? * 10u32.pow(9 - digits as u32)
        }
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(number(0..4)? as i32, number(5..7)?, number(8..10)?)?;
    let (hour, minute, second) = (number(11..13)?, number(14..16)?, number(17..19)?);
    if second >= 60 {
        return None;
    }
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nanos)?;
    Some(date.and_time(time).and_utc())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn chrono_text(at: &DateTime<Utc>) -> String {
        serde_json::to_string(at).unwrap()
    }

    #[test]
    fn writes_what_chrono_writes() {
        let base = Utc.with_ymd_and_hms(2025, 1, 6, 1, 15, 0).unwrap();
        for nanos in [
            0,
            1,
            123_000_000,
            120_000_000,
            123_456_000,
            123_456_789,
            999_999_999,
        ] {
            let at = base + chrono::Duration::nanoseconds(nanos);
            let mut ours = Vec::new();
            serialize(&at, &mut serde_json::Serializer::new(&mut ours)).unwrap();
            assert_eq!(String::from_utf8(ours).unwrap(), chrono_text(&at));
            let text = chrono_text(&at);
            assert_eq!(parse(text.trim_matches('"')), Ok(at));
        }
    }

    #[test]
    fn leaves_everything_else_to_chrono() {
        for text in [
            "2025-01-06T08:15:00+07:00",
            "2025-01-06T01:15:00.5Z",
            "2025-02-30T01:15:00Z",
            "2025-01-06T24:00:00Z",
            "2016-12-31T23:59:60Z",
            "2025-01-06 01:15:00Z",
            "+12025-01-06T01:15:00Z",
            "2025-01-06T01:15:00.1234Z",
            "2025-01-06T01:15:00",
            "",
        ] {
            let chrono = DateTime::<FixedOffset>::from_str(text).map(|at| at.with_timezone(&Utc));
            assert_eq!(parse(text), chrono, "{text}");
        }
    }
}
