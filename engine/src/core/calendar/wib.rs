//! Pontianak time (WIB, UTC+7). Indonesia has no DST, so a fixed offset is exact.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime, Utc};

pub const WIB_OFFSET_SECONDS: i32 = 7 * 3600;

pub fn wib() -> FixedOffset {
    FixedOffset::east_opt(WIB_OFFSET_SECONDS).expect("UTC+7 is a valid offset")
}

/// The calendar date in Pontianak at instant `t`.
pub fn wib_date(t: DateTime<Utc>) -> NaiveDate {
    t.with_timezone(&wib()).date_naive()
}

/// The instant day `d` ends in WIB (the next day's 00:00 WIB), i.e. `d` 17:00 UTC.
/// Computed on `d` itself so it cannot overflow at `NaiveDate::MAX`.
pub fn end_of_day_wib(d: NaiveDate) -> DateTime<Utc> {
    let secs = (24 * 3600 - WIB_OFFSET_SECONDS) as u32;
    let t = NaiveTime::from_num_seconds_from_midnight_opt(secs, 0).expect("17:00 is a valid time");
    d.and_time(t).and_utc()
}
