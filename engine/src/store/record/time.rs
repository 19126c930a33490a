//! Times as milliseconds plus a sub-millisecond remainder: relative times (deltas) are
//! short numbers that deflate stores in a few bits, and the split restores every
//! `DateTime<Utc>` exactly (hashes cover the exact value).

use chrono::{DateTime, Utc};

/// Milliseconds since the epoch, and what is left below a millisecond (nanoseconds, plus
/// 1e6 when chrono represents a leap second).
pub fn millis(at: &DateTime<Utc>) -> (i64, u32) {
    let nanos = at.timestamp_subsec_nanos();
    let leap = nanos >= 1_000_000_000;
    let nanos = nanos % 1_000_000_000;
    let ms = at.timestamp() * 1000 + i64::from(nanos / 1_000_000);
    (ms, nanos % 1_000_000 + if leap { 1_000_000 } else { 0 })
}

pub fn from_millis(ms: i64, sub: u32) -> Option<DateTime<Utc>> {
    if sub >= 2_000_000 {
        return None;
    }
    let leap = if sub >= 1_000_000 { 1_000_000_000 } else { 0 };
    let nanos = (ms.rem_euclid(1000) as u32) * 1_000_000 + sub % 1_000_000 + leap;
    DateTime::from_timestamp(ms.div_euclid(1000), nanos)
}

/// `to` relative to `from`: (milliseconds later, sub-millisecond part of `to`).
pub fn delta(from: &DateTime<Utc>, to: &DateTime<Utc>) -> (i64, u32) {
    let (to_ms, sub) = millis(to);
    (to_ms - millis(from).0, sub)
}

/// Reads back times stored as `delta`s, each after the one before: it keeps the running
/// milliseconds, so each time is made once (opening the app reads a thousand paths, and
/// recomputing the previous time's milliseconds at every step showed in its profile).
pub struct Running(i64);

impl Running {
    pub fn after(from: &DateTime<Utc>) -> Running {
        Running(millis(from).0)
    }

    /// The time `ms` milliseconds (and `sub`) after the last one; it becomes the last.
    pub fn next(&mut self, ms: i64, sub: u32) -> Option<DateTime<Utc>> {
        self.0 = self.0.checked_add(ms)?;
        from_millis(self.0, sub)
    }

    /// The time `ms` milliseconds (and `sub`) after the last one, which stays the last.
    pub fn peek(&self, ms: i64, sub: u32) -> Option<DateTime<Utc>> {
        from_millis(self.0.checked_add(ms)?, sub)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn times_round_trip_exactly() {
        let times = [
            Utc.with_ymd_and_hms(2025, 1, 6, 2, 0, 0).unwrap(),
            Utc.timestamp_opt(1_736_129_851, 123_456_789).unwrap(),
            Utc.timestamp_opt(-5, 999_999_999).unwrap(),
            // A leap second, as chrono parses "23:59:60".
            "2016-12-31T23:59:60.5Z".parse().unwrap(),
        ];
        for t in times {
            let (ms, sub) = millis(&t);
            let back = from_millis(ms, sub).unwrap();
            assert_eq!(back, t);
            assert_eq!(back.timestamp_subsec_nanos(), t.timestamp_subsec_nanos());
            for from in times {
                let (d, sub) = delta(&from, &t);
                assert_eq!(Running::after(&from).peek(d, sub), Some(t));
                let mut running = Running::after(&from);
                assert_eq!(running.next(d, sub), Some(t));
                assert_eq!(running.next(0, sub), Some(t), "the last time moved on");
            }
        }
    }
}
