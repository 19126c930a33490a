//! Working-day calendar against the embedded holiday data (python-holidays, 2019-2030).
//! Expected dates were worked out by hand from data/hari-libur-indonesia.json.

use std::collections::BTreeSet;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use proptest::prelude::*;
use sopir::core::calendar::*;

mod seed;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn utc(s: &str) -> DateTime<Utc> {
    s.parse().unwrap()
}

fn without_cuti() -> Calendar {
    let settings = CalendarSettings {
        count_cuti_bersama: false,
        ..CalendarSettings::default()
    };
    Calendar::new(HolidayData::embedded(), &settings)
}

fn with_settings(f: impl FnOnce(&mut CalendarSettings)) -> Calendar {
    let mut settings = CalendarSettings::default();
    f(&mut settings);
    Calendar::new(HolidayData::embedded(), &settings)
}

fn kind_of(date: &str) -> Option<HolidayKind> {
    let date = d(date);
    HolidayData::embedded()
        .holidays
        .iter()
        .find(|h| h.date == date)
        .map(|h| h.kind)
}

// --- the data file ---

#[test]
fn data_file_raw_is_sorted_unique_and_has_both_kinds() {
    // Checked on the raw file because `parse` sorts.
    let raw: serde_json::Value =
        serde_json::from_str(include_str!("../data/hari-libur-indonesia.json")).unwrap();
    let entries = raw["holidays"].as_array().unwrap();
    let dates: Vec<&str> = entries
        .iter()
        .map(|e| e["date"].as_str().unwrap())
        .collect();
    assert!(
        dates.windows(2).all(|w| w[0] < w[1]),
        "sorted, no duplicates"
    );
    let kinds: BTreeSet<&str> = entries
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, BTreeSet::from(["cuti_bersama", "libur_nasional"]));
}

#[test]
fn data_file_covers_2019_2030_and_names_its_source() {
    let data = HolidayData::embedded();
    assert!(data.first_year <= 2019 && data.last_year >= 2030);
    for year in 2019..=2030 {
        let new_year = NaiveDate::from_ymd_opt(year, 1, 1).unwrap();
        assert!(data.holidays.iter().any(|h| h.date == new_year), "{year}");
        assert!(data
            .holidays
            .iter()
            .any(|h| h.date.year() == year && h.name.contains("Natal")));
    }
    assert_eq!(data.package, "holidays");
    assert!(
        data.package_version.starts_with("0."),
        "{}",
        data.package_version
    );
    assert!(data.source.contains("holidays") && data.source.contains(&data.package_version));
    assert!(data.calls.iter().any(|c| c.contains("\"public\"")));
    assert!(data.calls.iter().any(|c| c.contains("\"government\"")));
    assert!(data
        .calls
        .iter()
        .all(|c| c.contains("country_holidays(\"ID\"")));
    assert!(data.generated_on.is_some());
}

#[test]
fn known_dates_have_the_right_kind_and_name() {
    use HolidayKind::*;
    assert_eq!(kind_of("2025-03-31"), Some(LiburNasional)); // Idul Fitri 1446 H
    assert_eq!(kind_of("2025-04-01"), Some(LiburNasional)); // its second day
    for c in [
        "2025-03-28",
        "2025-04-02",
        "2025-04-03",
        "2025-04-04",
        "2025-04-07",
    ] {
        assert_eq!(kind_of(c), Some(CutiBersama), "{c}");
    }
    assert_eq!(kind_of("2025-12-25"), Some(LiburNasional));
    assert_eq!(kind_of("2026-01-01"), Some(LiburNasional));
    assert_eq!(kind_of("2025-03-27"), None);

    let cal = Calendar::standard();
    assert_eq!(
        cal.day_off_reason(d("2025-03-31")),
        Some("Hari Raya Idul Fitri")
    );
    assert_eq!(
        cal.day_off_reason(d("2025-03-28")),
        Some("Cuti Bersama Hari Suci Nyepi")
    );
    assert_eq!(cal.day_off_reason(d("2025-12-25")), Some("Hari Raya Natal"));
    assert_eq!(
        cal.day_off_reason(d("2026-01-01")),
        Some("Tahun Baru Masehi")
    );
    // A holiday on a weekend gives its name; a plain weekend its day name.
    assert_eq!(cal.day_off_reason(d("2025-03-29")), Some("Hari Suci Nyepi"));
    assert_eq!(cal.day_off_reason(d("2025-03-30")), Some(SUNDAY));
    assert_eq!(cal.day_off_reason(d("2025-03-27")), None);
}

#[test]
fn parse_checks_and_sorts() {
    let ok = r#"{"source":"x","first_year":2025,"last_year":2025,"holidays":[
        {"date":"2025-12-25","name":"Natal","kind":"libur_nasional"},
        {"date":"2025-01-01","name":"Tahun Baru","kind":"libur_nasional"}]}"#;
    let data = HolidayData::parse(ok).unwrap();
    assert_eq!(data.holidays[0].date, d("2025-01-01"));
    assert_eq!(data.generated_on, None);

    let dup = ok.replace("2025-12-25", "2025-01-01");
    assert!(HolidayData::parse(&dup)
        .unwrap_err()
        .contains("lebih dari sekali"));
    let outside = ok.replace("2025-12-25", "2026-12-25");
    assert!(HolidayData::parse(&outside)
        .unwrap_err()
        .contains("di luar rentang"));
    assert!(HolidayData::parse("{").unwrap_err().contains("tidak valid"));
}

// --- time zone ---

#[test]
fn wib_boundaries() {
    assert_eq!(wib().local_minus_utc(), WIB_OFFSET_SECONDS);
    assert_eq!(end_of_day_wib(d("2025-04-21")), utc("2025-04-21T17:00:00Z"));
    assert_eq!(wib_date(utc("2025-01-01T17:30:00Z")), d("2025-01-02"));
    assert_eq!(wib_date(utc("2025-01-01T16:59:59Z")), d("2025-01-01"));
    assert_eq!(wib_date(utc("2025-01-01T17:00:00Z")), d("2025-01-02"));
}

// --- deadlines ---

#[test]
fn ten_working_days_across_idul_fitri_2025() {
    // SIINAS request on Wednesday 26 March 2025, 10 hari kerja.
    // Cuti bersama counted as days off: 27 Mar (1); 28 Mar cuti Nyepi, 29-30 weekend,
    // 31 Mar-1 Apr Idul Fitri, 2-4 Apr cuti, 5-6 weekend, 7 Apr cuti; then 8, 9, 10, 11,
    // 14, 15, 16, 17 Apr (2-9); 18 Apr Wafat Yesus Kristus; 21 Apr (10).
    let cal = Calendar::standard();
    assert_eq!(cal.add_working_days(d("2025-03-26"), 10), d("2025-04-21"));
    assert_eq!(
        cal.deadline(d("2025-03-26"), 10),
        utc("2025-04-21T17:00:00Z")
    );
    assert_eq!(
        cal.working_days_between(d("2025-03-26"), d("2025-04-21")),
        10
    );
    assert_eq!(
        cal.working_days_between(d("2025-04-21"), d("2025-03-26")),
        -10
    );

    // Cuti bersama worked: 27, 28 Mar (1-2); 31 Mar-1 Apr Idul Fitri; 2, 3, 4, 7, 8, 9,
    // 10, 11 Apr (3-10).
    let cal = without_cuti();
    assert_eq!(cal.add_working_days(d("2025-03-26"), 10), d("2025-04-11"));
    assert_eq!(
        cal.deadline(d("2025-03-26"), 10),
        utc("2025-04-11T17:00:00Z")
    );
}

#[test]
fn across_the_end_of_2025() {
    // 25 Dec Natal, 26 Dec cuti bersama, 1 Jan Tahun Baru.
    // With cuti: 23, 24, 29, 30, 31 Dec (1-5), 2, 5, 6, 7, 8 Jan (6-10).
    let cal = Calendar::standard();
    assert_eq!(cal.add_working_days(d("2025-12-22"), 5), d("2025-12-31"));
    assert_eq!(cal.add_working_days(d("2025-12-22"), 10), d("2026-01-08"));
    // Without: 23, 24, 26, 29, 30 Dec (1-5), 31 Dec, 2, 5, 6, 7 Jan (6-10).
    let cal = without_cuti();
    assert_eq!(cal.add_working_days(d("2025-12-22"), 5), d("2025-12-30"));
    assert_eq!(cal.add_working_days(d("2025-12-22"), 10), d("2026-01-07"));
}

#[test]
fn across_the_end_of_2026() {
    // No cuti bersama in range (24 Dec is before the start): 1 Jan Tahun Baru, 5 Jan
    // Isra Mikraj. 29, 30, 31 Dec, 4, 6 Jan (1-5), 7, 8, 11, 12, 13 Jan (6-10).
    for cal in [Calendar::standard(), without_cuti()] {
        assert_eq!(cal.add_working_days(d("2026-12-28"), 5), d("2027-01-06"));
        assert_eq!(cal.add_working_days(d("2026-12-28"), 10), d("2027-01-13"));
    }
}

#[test]
fn zero_days_is_the_start_date_itself() {
    let cal = Calendar::standard();
    assert_eq!(cal.add_working_days(d("2025-03-26"), 0), d("2025-03-26"));
    assert_eq!(cal.add_working_days(d("2025-03-31"), 0), d("2025-03-31"));
    assert_eq!(
        cal.deadline(d("2025-03-31"), 0),
        utc("2025-03-31T17:00:00Z")
    );
    assert_eq!(
        cal.working_days_between(d("2025-03-31"), d("2025-03-31")),
        0
    );
}

#[test]
fn start_on_a_weekend_or_holiday() {
    // Saturday 29 Mar 2025 (also Nyepi): the first working day after is 8 Apr with cuti
    // bersama off, 2 Apr without.
    assert_eq!(
        Calendar::standard().add_working_days(d("2025-03-29"), 1),
        d("2025-04-08")
    );
    assert_eq!(
        without_cuti().add_working_days(d("2025-03-29"), 1),
        d("2025-04-02")
    );
    // Natal 2025 (Thursday): 26 Dec is cuti bersama.
    assert_eq!(
        Calendar::standard().add_working_days(d("2025-12-25"), 1),
        d("2025-12-29")
    );
    assert_eq!(
        without_cuti().add_working_days(d("2025-12-25"), 1),
        d("2025-12-26")
    );
}

#[test]
fn office_extra_day_off() {
    // Closing 27 Mar pushes the Idul Fitri case one working day, to 22 Apr.
    let cal = with_settings(|s| {
        s.extra_days_off.insert(d("2025-03-27"));
    });
    assert!(!cal.is_working_day(d("2025-03-27")));
    assert_eq!(cal.day_off_reason(d("2025-03-27")), Some(OFFICE_DAY_OFF));
    assert_eq!(cal.add_working_days(d("2025-03-26"), 10), d("2025-04-22"));
    // An office day off on a listed holiday keeps the holiday's name.
    let cal = with_settings(|s| {
        s.extra_days_off.insert(d("2025-12-25"));
    });
    assert_eq!(cal.day_off_reason(d("2025-12-25")), Some("Hari Raya Natal"));
}

#[test]
fn office_extra_working_day() {
    // Working cuti bersama 2 Apr: 27 Mar, 2 Apr (1-2), 8, 9, 10, 11, 14, 15, 16, 17 Apr (3-10).
    let cal = with_settings(|s| {
        s.extra_working_days.insert(d("2025-04-02"));
        s.extra_working_days.insert(d("2025-03-29")); // Nyepi on a Saturday: stays off
    });
    assert!(cal.is_working_day(d("2025-04-02")));
    assert_eq!(cal.day_off_reason(d("2025-04-02")), None);
    assert!(!cal.is_working_day(d("2025-03-29")));
    assert_eq!(cal.add_working_days(d("2025-03-26"), 10), d("2025-04-17"));
    // A date in both lists stays a day off.
    let cal = with_settings(|s| {
        s.extra_working_days.insert(d("2025-04-02"));
        s.extra_days_off.insert(d("2025-04-02"));
    });
    assert!(!cal.is_working_day(d("2025-04-02")));
}

#[test]
fn settings_default_counts_cuti_bersama() {
    let s: CalendarSettings = serde_json::from_str("{}").unwrap();
    assert!(s.count_cuti_bersama);
    assert_eq!(s, CalendarSettings::default());
    let s: CalendarSettings = serde_json::from_str(r#"{"extra_days_off":["2025-03-27"]}"#).unwrap();
    assert!(s.count_cuti_bersama && s.extra_days_off.contains(&d("2025-03-27")));
}

#[test]
fn outside_the_data_only_weekends_count() {
    let cal = Calendar::standard();
    assert!(cal.covers(d("2019-01-01")) && cal.covers(d("2030-12-31")));
    assert!(!cal.covers(d("2018-12-31")) && !cal.covers(d("2031-01-01")));
    // 2030-12-25 (Wednesday, Natal) is the last listed date; Wednesday 1 Jan 2031 is not
    // listed. 26, 27, 30, 31 Dec (1-4), 1 Jan (5), 2 Jan (6).
    assert_eq!(cal.add_working_days(d("2030-12-24"), 1), d("2030-12-26"));
    assert_eq!(cal.add_working_days(d("2030-12-24"), 5), d("2031-01-01"));
    assert_eq!(cal.add_working_days(d("2030-12-24"), 6), d("2031-01-02"));
    assert_eq!(
        cal.working_days_between(d("2030-12-24"), d("2031-01-02")),
        6
    );
}

// --- properties ---

fn any_date_2019_2030() -> impl Strategy<Value = NaiveDate> {
    let first = NaiveDate::from_ymd_opt(2019, 1, 1).unwrap();
    let days = (NaiveDate::from_ymd_opt(2030, 12, 31).unwrap() - first).num_days();
    (0..=days).prop_map(move |n| first + chrono::Duration::days(n))
}

proptest! {
    #![proptest_config(seed::seeded(ProptestConfig::default()))]

    #[test]
    fn add_and_count_agree(from in any_date_2019_2030(), n in 0u32..200, cuti: bool) {
        let cal = if cuti { Calendar::standard() } else { without_cuti() };
        let end = cal.add_working_days(from, n);
        prop_assert_eq!(cal.working_days_between(from, end), i64::from(n));
        prop_assert_eq!(cal.working_days_between(end, from), -i64::from(n));
        if n > 0 {
            prop_assert!(cal.is_working_day(end));
        }
    }

    #[test]
    fn add_matches_a_naive_walk(from in any_date_2019_2030(), n in 0u32..60) {
        let cal = Calendar::standard();
        let mut day = from;
        for _ in 0..n {
            day = day.succ_opt().unwrap();
            while !cal.is_working_day(day) {
                day = day.succ_opt().unwrap();
            }
        }
        prop_assert_eq!(cal.add_working_days(from, n), day);
    }
}
