//! Dates, times and deadlines as the office reads them: in WIB, Indonesian month names.

use chrono::{DateTime, Datelike, NaiveDate, Utc};

use crate::core::calendar::wib;
use crate::core::case::DeadlineStatus;
use crate::i18n::Lang;

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

/// "6 Januari 2025".
pub fn date(d: NaiveDate, lang: Lang) -> String {
    let months = if lang == Lang::En { &MONTHS } else { &BULAN };
    format!("{} {} {}", d.day(), months[d.month0() as usize], d.year())
}

/// "Senin": the day name the BAP's preamble needs.
pub fn day_name(d: NaiveDate) -> &'static str {
    HARI[d.weekday().num_days_from_monday() as usize]
}

/// "6 Januari 2025 09.00 WIB".
pub fn date_time(t: DateTime<Utc>, lang: Lang) -> String {
    let local = t.with_timezone(&wib());
    format!(
        "{} {} WIB",
        date(local.date_naive(), lang),
        local.format("%H.%M")
    )
}

/// "jatuh tempo 8 Januari 2025 (sisa 2 hari kerja)", "terlambat sejak ...", "terpenuhi ...".
pub fn deadline_text(d: &DeadlineStatus, lang: Lang) -> String {
    let s = &lang.strings().deadline;
    match (d.met_on, d.overdue) {
        (Some(met), _) if d.late => format!("{} {} ({})", s.met_on, date(met, lang), s.late),
        (Some(met), _) => format!("{} {}", s.met_on, date(met, lang)),
        (None, true) => format!("{} {}", s.overdue_since, date_time(d.due, lang)),
        (None, false) => format!(
            "{} {} ({} {} {})",
            s.due,
            date_time(d.due, lang),
            s.left,
            d.working_days_left.max(0),
            s.working_days
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn dates_in_wib() {
        let t = Utc.with_ymd_and_hms(2025, 1, 5, 17, 30, 0).unwrap();
        assert_eq!(date_time(t, Lang::Id), "6 Januari 2025 00.30 WIB");
        assert_eq!(
            day_name(NaiveDate::from_ymd_opt(2025, 1, 6).unwrap()),
            "Senin"
        );
        assert_eq!(
            date(NaiveDate::from_ymd_opt(2025, 3, 26).unwrap(), Lang::En),
            "26 March 2025"
        );
    }
}
