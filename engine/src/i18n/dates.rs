//! Dates and times as the office reads them: in WIB, with Indonesian (or English) month and
//! day names. The one date format of the app, its letters and its messages
//! ("Jumat, 11 Desember 2026", "6 Januari 2025 09.15 WIB").

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use super::Lang;
use crate::core::calendar::wib;

const BULAN: [&str; 12] = [
    "Januari",
    "Februari",
    "Maret",
    "April",
    "Mei",
    "Juni",
    "Juli",
    "Agustus",
    "September",
    "Oktober",
    "November",
    "Desember",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const HARI: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// "6 Januari 2025".
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let months = if lang == Lang::En { &MONTHS } else { &BULAN };
    format!("{} {} {}", d.day(), months[d.month0() as usize], d.year())
}

/// "Senin" ("Monday").
pub fn day_name(d: NaiveDate, lang: Lang) -> &'static str {
    let days = if lang == Lang::En { &DAYS } else { &HARI };
    days[d.weekday().num_days_from_monday() as usize]
}

/// "Senin, 6 Januari 2025": a date a reader must act by.
pub fn day_date(d: NaiveDate, lang: Lang) -> String {
    format!("{}, {}", day_name(d, lang), date(d, lang))
}

/// "09.15 WIB".
fn time_wib(t: DateTime<Utc>) -> String {
    format!("{} WIB", t.with_timezone(&wib()).format("%H.%M"))
}

/// "6 Januari 2025 09.00 WIB".
pub fn date_time(t: DateTime<Utc>, lang: Lang) -> String {
    let local = t.with_timezone(&wib()).date_naive();
    format!("{} {}", date(local, lang), time_wib(t))
}

/// "Senin, 6 Januari 2025 09.00 WIB".
pub fn day_date_time(t: DateTime<Utc>, lang: Lang) -> String {
    let local = t.with_timezone(&wib()).date_naive();
    format!("{} {}", day_date(local, lang), time_wib(t))
}

/// "paling lambat Jumat, 11 Desember 2026" ("due by Friday, 11 December 2026"): how every
/// deadline is named, on screen and in letters, by its last day.
pub fn due_by(last_day: NaiveDate, lang: Lang) -> String {
    format!(
        "{} {}",
        lang.strings().deadline.due_by,
        day_date(last_day, lang)
    )
}

/// "paling lambat Senin, 6 Januari 2025 09.15 WIB": a time standard in minutes or hours,
/// which ends at a time of day.
pub fn due_by_time(due: DateTime<Utc>, lang: Lang) -> String {
    format!(
        "{} {}",
        lang.strings().deadline.due_by,
        day_date_time(due, lang)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn dates_in_wib() {
        let t = Utc.with_ymd_and_hms(2025, 1, 5, 17, 30, 0).unwrap();
        assert_eq!(date_time(t, Lang::Id), "6 Januari 2025 00.30 WIB");
        assert_eq!(
            day_date_time(t, Lang::En),
            "Monday, 6 January 2025 00.30 WIB"
        );
        assert_eq!(day_name(d(2025, 1, 6), Lang::Id), "Senin");
        assert_eq!(date(d(2025, 3, 26), Lang::En), "26 March 2025");
        assert_eq!(
            day_date(d(2026, 12, 11), Lang::Id),
            "Jumat, 11 Desember 2026"
        );
    }

    #[test]
    fn due_by_names_the_last_day() {
        assert_eq!(
            due_by(d(2026, 12, 11), Lang::Id),
            "paling lambat Jumat, 11 Desember 2026"
        );
        assert_eq!(
            due_by(d(2026, 12, 11), Lang::En),
            "due by Friday, 11 December 2026"
        );
        let t = Utc.with_ymd_and_hms(2025, 1, 6, 2, 15, 0).unwrap();
        assert_eq!(
            due_by_time(t, Lang::Id),
            "paling lambat Senin, 6 Januari 2025 09.15 WIB"
        );
    }
}
