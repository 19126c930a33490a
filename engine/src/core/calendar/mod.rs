//! Working days (hari kerja) in Pontianak: Monday-Friday (Perpres 21/2023) minus national
//! holidays and, when the office counts them, cuti bersama.
//!
//! Convention: "N hari kerja from D" ends at the end (WIB) of the N-th working day after
//! D; D itself is not counted, and N = 0 means D itself.

mod data;
mod settings;
mod weekdays;
mod wib;

use chrono::{DateTime, Datelike, NaiveDate, Utc, Weekday};

pub use data::{Holiday, HolidayData, HolidayKind};
pub use settings::CalendarSettings;
pub use wib::{end_of_day_wib, wib, wib_date, WIB_OFFSET_SECONDS};

/// Reason given for a day off that the office added in its settings.
pub const OFFICE_DAY_OFF: &str = "Libur kantor";
pub const SATURDAY: &str = "Sabtu";
pub const SUNDAY: &str = "Minggu";

/// Holiday data with office settings applied, ready for fast look-ups.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Calendar {
    /// Every listed day off (weekends included, for their names), sorted, unique dates:
    /// binary search makes a look-up O(log n) and walks can advance a cursor instead.
    days_off: Vec<(NaiveDate, String)>,
    first_year: i32,
    last_year: i32,
}

impl Calendar {
    pub fn new(data: &HolidayData, settings: &CalendarSettings) -> Calendar {
        let mut days_off: Vec<(NaiveDate, String)> = data
            .holidays
            .iter()
            .filter(|h| settings.count_cuti_bersama || h.kind != HolidayKind::CutiBersama)
            .filter(|h| !settings.extra_working_days.contains(&h.date))
            .map(|h| (h.date, h.name.clone()))
            .collect();
        days_off.extend(
            settings
                .extra_days_off
                .iter()
                .map(|d| (*d, OFFICE_DAY_OFF.to_string())),
        );
        // Stable sort keeps the listed name when an office day off repeats a holiday.
        days_off.sort_by_key(|(d, _)| *d);
        days_off.dedup_by_key(|(d, _)| *d);
        Calendar {
            days_off,
            first_year: data.first_year,
            last_year: data.last_year,
        }
    }

    /// The embedded national list with default settings.
    pub fn standard() -> Calendar {
        Calendar::new(HolidayData::embedded(), &CalendarSettings::default())
    }

    fn listed(&self, d: NaiveDate) -> Option<&str> {
        self.days_off
            .binary_search_by_key(&d, |(h, _)| *h)
            .ok()
            .map(|i| self.days_off[i].1.as_str())
    }

    pub fn is_working_day(&self, d: NaiveDate) -> bool {
        !weekdays::is_weekend(d) && self.listed(d).is_none()
    }

    /// Why `d` is not a working day: the holiday name, `OFFICE_DAY_OFF`, or
    /// `SATURDAY`/`SUNDAY`. A holiday on a weekend gives the holiday name.
    pub fn day_off_reason(&self, d: NaiveDate) -> Option<&str> {
        self.listed(d).or(match d.weekday() {
            Weekday::Sat => Some(SATURDAY),
            Weekday::Sun => Some(SUNDAY),
            _ => None,
        })
    }

    /// The n-th working day after `from` (`from` not counted); n = 0 gives `from`.
    /// Walks day by day only while listed days off remain ahead; no allocation.
    pub fn add_working_days(&self, from: NaiveDate, n: u32) -> NaiveDate {
        let mut next = self.days_off.partition_point(|(h, _)| *h <= from);
        let mut d = from;
        let mut left = n;
        while left > 0 {
            if next == self.days_off.len() {
                return weekdays::add_weekdays(d, left);
            }
            d = match d.succ_opt() {
                Some(s) => s,
                None => return NaiveDate::MAX,
            };
            if self.days_off[next].0 == d {
                next += 1;
            } else if !weekdays::is_weekend(d) {
                left -= 1;
            }
        }
        d
    }

    /// `d` if it is a working day, else the first working day after it: where a period
    /// whose last day falls on a weekend or holiday ends.
    pub fn working_day_on_or_after(&self, d: NaiveDate) -> NaiveDate {
        match d.pred_opt() {
            Some(before) => self.add_working_days(before, 1),
            None => d,
        }
    }

    /// The instant the period "n hari kerja from `from`" ends.
    pub fn deadline(&self, from: NaiveDate, n: u32) -> DateTime<Utc> {
        end_of_day_wib(self.add_working_days(from, n))
    }

    /// Working days in (from, to]; the negated count of (to, from] when `to < from`.
    pub fn working_days_between(&self, from: NaiveDate, to: NaiveDate) -> i64 {
        if to < from {
            return -self.working_days_between(to, from);
        }
        let lo = self.days_off.partition_point(|(h, _)| *h <= from);
        let hi = self.days_off.partition_point(|(h, _)| *h <= to);
        let off = self.days_off[lo..hi]
            .iter()
            .filter(|(h, _)| !weekdays::is_weekend(*h))
            .count();
        weekdays::weekdays_between(from, to) - off as i64
    }

    /// Whether `d`'s year is inside the holiday data; outside it only weekends (and the
    /// office's own days off) count, so callers may warn.
    pub fn covers(&self, d: NaiveDate) -> bool {
        (self.first_year..=self.last_year).contains(&d.year())
    }
}
