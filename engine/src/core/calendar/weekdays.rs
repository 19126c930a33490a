//! Monday-Friday arithmetic without a holiday list: O(1) instead of a day-by-day walk,
//! used past the last listed day off and for counting.

use chrono::{Datelike, Days, NaiveDate, Weekday};

pub fn is_weekend(d: NaiveDate) -> bool {
    matches!(d.weekday(), Weekday::Sat | Weekday::Sun)
}

/// The n-th Monday-Friday after `from` (`from` not counted). Saturates at `NaiveDate::MAX`.
pub fn add_weekdays(from: NaiveDate, n: u32) -> NaiveDate {
    if n == 0 {
        return from;
    }
    // Counting from a Saturday or Sunday is the same as counting from that week's Friday.
    let pos = from.weekday().num_days_from_monday().min(4);
    let back = Days::new(u64::from(from.weekday().num_days_from_monday()));
    let monday = from.checked_sub_days(back).unwrap_or(NaiveDate::MIN);
    let total = u64::from(pos) + u64::from(n);
    let offset = total / 5 * 7 + total % 5;
    monday
        .checked_add_days(Days::new(offset))
        .unwrap_or(NaiveDate::MAX)
}

/// Monday-Friday dates in (from, to]; 0 when `to <= from`.
pub fn weekdays_between(from: NaiveDate, to: NaiveDate) -> i64 {
    (weekdays_upto(to) - weekdays_upto(from)).max(0)
}

/// Monday-Friday dates from a fixed Monday up to and including `d` (negative before it);
/// only differences of it mean anything.
fn weekdays_upto(d: NaiveDate) -> i64 {
    let epoch = NaiveDate::from_ymd_opt(2001, 1, 1).expect("valid date"); // a Monday
    let days = d.signed_duration_since(epoch).num_days();
    days.div_euclid(7) * 5 + (days.rem_euclid(7) + 1).min(5)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_day_by_day_walk() {
        let start = NaiveDate::from_ymd_opt(2024, 12, 23).unwrap();
        for s in 0..14 {
            let from = start + Days::new(s);
            let mut d = from;
            for n in 0..30u32 {
                assert_eq!(add_weekdays(from, n), d, "from {from} n {n}");
                assert_eq!(weekdays_between(from, d), i64::from(n));
                d = d.succ_opt().unwrap();
                while is_weekend(d) {
                    d = d.succ_opt().unwrap();
                }
            }
        }
    }

    #[test]
    fn saturates_instead_of_panicking() {
        assert_eq!(add_weekdays(NaiveDate::MAX, 1), NaiveDate::MAX);
    }
}
