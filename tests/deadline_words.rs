//! Deadlines in the words every screen and letter shows (`DeadlineStatus::words`): named by
//! their last day ("paling lambat Jumat, 11 Desember 2026"), never a weekend or holiday,
//! overdue from the next day on. The expected days below were counted by hand from the
//! holiday data (data/hari-libur-indonesia.json), with and without cuti bersama.

mod support;

use chrono::{DateTime, Datelike, Duration, Months, NaiveDate, TimeZone, Utc};
use sopir::core::calendar::{Calendar, CalendarSettings, HolidayData};
use sopir::core::case::{status, CaseSummary, CommandError, DeadlineStatus, PermitStatus};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::Sop;
use sopir::i18n::Lang;
use support::*;

fn calendar(cuti_bersama: bool) -> Calendar {
    let settings = CalendarSettings {
        count_cuti_bersama: cuti_bersama,
        ..CalendarSettings::default()
    };
    Calendar::new(HolidayData::embedded(), &settings)
}

fn d(text: &str) -> NaiveDate {
    NaiveDate::parse_from_str(text, "%Y-%m-%d").unwrap()
}

/// `h`:`m` WIB on `day`.
fn wib_at(day: NaiveDate, h: u32, m: u32) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(h, m, 0).unwrap()) - Duration::hours(7)
}

/// A case summary whose IP and SIINAS request are both dated `start`.
fn started_on(start: NaiveDate) -> CaseSummary {
    let mut summary = Harness::new().case.summary();
    summary.ip_date = Some(start);
    summary.request_date = Some(start);
    summary
}

fn deadlines(
    start: NaiveDate,
    now: DateTime<Utc>,
    cal: &Calendar,
) -> (DeadlineStatus, DeadlineStatus) {
    let st = status(&started_on(start), sop(), now, cal);
    (st.commitment.unwrap(), st.inspection.unwrap())
}

// (SIINAS request, counting cuti bersama, the words on the request day)
const INSPECTION: [(&str, bool, &str); 20] = [
    // Idul Fitri 2019: 3-4 and 7 June cuti bersama, 5-6 June the holiday.
    (
        "2019-05-31",
        true,
        "paling lambat Jumat, 21 Juni 2019 (sisa 10 hari kerja)",
    ),
    (
        "2019-05-31",
        false,
        "paling lambat Selasa, 18 Juni 2019 (sisa 10 hari kerja)",
    ),
    // Idul Adha, Tuesday 20 July 2021.
    (
        "2021-07-12",
        true,
        "paling lambat Selasa, 27 Juli 2021 (sisa 10 hari kerja)",
    ),
    (
        "2021-07-12",
        false,
        "paling lambat Selasa, 27 Juli 2021 (sisa 10 hari kerja)",
    ),
    // Idul Fitri 2023 (19-25 April) and 1 May.
    (
        "2023-04-14",
        true,
        "paling lambat Senin, 8 Mei 2023 (sisa 10 hari kerja)",
    ),
    (
        "2023-04-14",
        false,
        "paling lambat Jumat, 28 April 2023 (sisa 10 hari kerja)",
    ),
    // A Saturday request; Isra Mikraj, Imlek (with its cuti bersama) and the 2024 election.
    (
        "2024-02-03",
        true,
        "paling lambat Rabu, 21 Februari 2024 (sisa 10 hari kerja)",
    ),
    (
        "2024-02-03",
        false,
        "paling lambat Selasa, 20 Februari 2024 (sisa 10 hari kerja)",
    ),
    // Idul Fitri 2025.
    (
        "2025-03-26",
        true,
        "paling lambat Senin, 21 April 2025 (sisa 10 hari kerja)",
    ),
    (
        "2025-03-26",
        false,
        "paling lambat Jumat, 11 April 2025 (sisa 10 hari kerja)",
    ),
    // Christmas and new year 2025/2026.
    (
        "2025-12-22",
        true,
        "paling lambat Kamis, 8 Januari 2026 (sisa 10 hari kerja)",
    ),
    (
        "2025-12-22",
        false,
        "paling lambat Rabu, 7 Januari 2026 (sisa 10 hari kerja)",
    ),
    // The example: it ends on Friday 11 December 2026, not "12 Desember 00.00".
    (
        "2026-11-27",
        true,
        "paling lambat Jumat, 11 Desember 2026 (sisa 10 hari kerja)",
    ),
    (
        "2026-11-27",
        false,
        "paling lambat Jumat, 11 Desember 2026 (sisa 10 hari kerja)",
    ),
    // Christmas 2026, new year and Isra Mikraj (5 January 2027).
    (
        "2026-12-18",
        true,
        "paling lambat Kamis, 7 Januari 2027 (sisa 10 hari kerja)",
    ),
    (
        "2026-12-18",
        false,
        "paling lambat Rabu, 6 Januari 2027 (sisa 10 hari kerja)",
    ),
    // Nyepi and Idul Fitri 2027, Wafat Yesus Kristus with its cuti bersama.
    (
        "2027-03-05",
        true,
        "paling lambat Rabu, 31 Maret 2027 (sisa 10 hari kerja)",
    ),
    (
        "2027-03-05",
        false,
        "paling lambat Rabu, 24 Maret 2027 (sisa 10 hari kerja)",
    ),
    // Christmas 2030, the last year of the data.
    (
        "2030-12-13",
        true,
        "paling lambat Senin, 30 Desember 2030 (sisa 10 hari kerja)",
    ),
    (
        "2030-12-13",
        false,
        "paling lambat Senin, 30 Desember 2030 (sisa 10 hari kerja)",
    ),
];

#[test]
fn inspection_deadlines_read_as_their_last_day() {
    for (start, cuti, words) in INSPECTION {
        let start = d(start);
        let (_, inspection) = deadlines(start, wib_at(start, 9, 0), &calendar(cuti));
        assert_eq!(
            inspection.words(Lang::Id),
            words,
            "{start} cuti bersama {cuti}"
        );
        assert!(!inspection.overdue);
    }
}

// (IP date, counting cuti bersama, the words on the IP day): three months from the IP;
// a last day on a weekend or holiday moves to the next working day.
const COMMITMENT: [(&str, bool, &str); 20] = [
    // 5 June 2019 is Idul Fitri; 6 June its second day, 7 June cuti bersama.
    (
        "2019-03-05",
        true,
        "paling lambat Senin, 10 Juni 2019 (sisa 58 hari kerja)",
    ),
    (
        "2019-03-05",
        false,
        "paling lambat Jumat, 7 Juni 2019 (sisa 60 hari kerja)",
    ),
    // 29 May 2020, a Friday: no move.
    (
        "2020-02-29",
        true,
        "paling lambat Jumat, 29 Mei 2020 (sisa 59 hari kerja)",
    ),
    (
        "2020-02-29",
        false,
        "paling lambat Jumat, 29 Mei 2020 (sisa 59 hari kerja)",
    ),
    // 20 July 2021 is Idul Adha.
    (
        "2021-04-20",
        true,
        "paling lambat Rabu, 21 Juli 2021 (sisa 60 hari kerja)",
    ),
    (
        "2021-04-20",
        false,
        "paling lambat Rabu, 21 Juli 2021 (sisa 61 hari kerja)",
    ),
    // 22 April 2023 is Idul Fitri, on a Saturday; 24-25 April cuti bersama.
    (
        "2023-01-22",
        true,
        "paling lambat Rabu, 26 April 2023 (sisa 59 hari kerja)",
    ),
    (
        "2023-01-22",
        false,
        "paling lambat Senin, 24 April 2023 (sisa 64 hari kerja)",
    ),
    // 25 December 2025 is Christmas; 26 December cuti bersama.
    (
        "2025-09-25",
        true,
        "paling lambat Senin, 29 Desember 2025 (sisa 65 hari kerja)",
    ),
    (
        "2025-09-25",
        false,
        "paling lambat Jumat, 26 Desember 2025 (sisa 65 hari kerja)",
    ),
    // No 30 February: 28 February 2026, a Saturday.
    (
        "2025-11-30",
        true,
        "paling lambat Senin, 2 Maret 2026 (sisa 60 hari kerja)",
    ),
    (
        "2025-11-30",
        false,
        "paling lambat Senin, 2 Maret 2026 (sisa 62 hari kerja)",
    ),
    // 31 March 2026, a Tuesday, after Idul Fitri: no move.
    (
        "2025-12-31",
        true,
        "paling lambat Selasa, 31 Maret 2026 (sisa 55 hari kerja)",
    ),
    (
        "2025-12-31",
        false,
        "paling lambat Selasa, 31 Maret 2026 (sisa 60 hari kerja)",
    ),
    // 12 December 2026, a Saturday.
    (
        "2026-09-12",
        true,
        "paling lambat Senin, 14 Desember 2026 (sisa 66 hari kerja)",
    ),
    (
        "2026-09-12",
        false,
        "paling lambat Senin, 14 Desember 2026 (sisa 66 hari kerja)",
    ),
    // 28 February 2029 (no 29th), a Wednesday.
    (
        "2028-11-30",
        true,
        "paling lambat Rabu, 28 Februari 2029 (sisa 58 hari kerja)",
    ),
    (
        "2028-11-30",
        false,
        "paling lambat Rabu, 28 Februari 2029 (sisa 58 hari kerja)",
    ),
    // 1 January 2030, new year.
    (
        "2029-10-01",
        true,
        "paling lambat Rabu, 2 Januari 2030 (sisa 64 hari kerja)",
    ),
    (
        "2029-10-01",
        false,
        "paling lambat Rabu, 2 Januari 2030 (sisa 64 hari kerja)",
    ),
];

#[test]
fn commitment_deadlines_end_on_a_working_day() {
    for (start, cuti, words) in COMMITMENT {
        let start = d(start);
        let (commitment, _) = deadlines(start, wib_at(start, 9, 0), &calendar(cuti));
        assert_eq!(
            commitment.words(Lang::Id),
            words,
            "{start} cuti bersama {cuti}"
        );
    }
}

const HARI: [&str; 7] = [
    "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu",
];
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

/// Reads "paling lambat Jumat, 11 Desember 2026 (sisa 3 hari kerja)" back: the date, its
/// day name and the count, refusing any other shape.
fn read_words(words: &str) -> (NaiveDate, &str, i64) {
    let rest = words.strip_prefix("paling lambat ").expect(words);
    let (day_name, rest) = rest.split_once(", ").expect(words);
    let (date, rest) = rest.split_once(" (sisa ").expect(words);
    let left = rest.strip_suffix(" hari kerja)").expect(words);
    let parts: Vec<&str> = date.split(' ').collect();
    let [day, month, year] = parts[..] else {
        panic!("{words}")
    };
    let month = BULAN.iter().position(|m| *m == month).expect(words) as u32 + 1;
    let date = NaiveDate::from_ymd_opt(year.parse().unwrap(), month, day.parse().unwrap());
    (date.expect(words), day_name, left.parse().expect(words))
}

/// The first working day on or after `d`, one day at a time.
fn naive_roll(cal: &Calendar, mut d: NaiveDate) -> NaiveDate {
    while !cal.is_working_day(d) {
        d = d.succ_opt().unwrap();
    }
    d
}

/// The n-th working day after `from`, one day at a time.
fn naive_add(cal: &Calendar, from: NaiveDate, n: u32) -> NaiveDate {
    let (mut d, mut left) = (from, n);
    while left > 0 {
        d = d.succ_opt().unwrap();
        if cal.is_working_day(d) {
            left -= 1;
        }
    }
    d
}

fn naive_count(cal: &Calendar, from: NaiveDate, to: NaiveDate) -> i64 {
    from.iter_days()
        .skip(1)
        .take_while(|d| *d <= to)
        .filter(|d| cal.is_working_day(*d))
        .count() as i64
}

#[test]
fn every_start_date_2019_2030_shows_a_working_day_by_name() {
    for cuti in [true, false] {
        let cal = calendar(cuti);
        let mut start = d("2019-01-01");
        while start <= d("2030-12-31") {
            let (commitment, inspection) = deadlines(start, wib_at(start, 9, 0), &cal);
            let months = start.checked_add_months(Months::new(3)).unwrap();
            for (deadline, expected) in [
                (&commitment, naive_roll(&cal, months)),
                (&inspection, naive_add(&cal, start, 10)),
            ] {
                let words = deadline.words(Lang::Id);
                let (shown, day_name, left) = read_words(&words);
                assert_eq!(shown, expected, "{start} cuti bersama {cuti}: {words}");
                assert_eq!(shown, deadline.due_date);
                assert!(cal.is_working_day(shown), "{start}: {words}");
                assert_eq!(
                    day_name,
                    HARI[shown.weekday().num_days_from_monday() as usize]
                );
                assert_eq!(left, naive_count(&cal, start, shown), "{words}");
            }
            start = start.succ_opt().unwrap();
        }
    }
}

#[test]
fn overdue_from_the_day_after_the_last_day() {
    let cal = calendar(true);
    let start = d("2026-11-27");
    let inspection = |day: &str, h: u32, m: u32| deadlines(start, wib_at(d(day), h, m), &cal).1;
    let cases = [
        (
            inspection("2026-12-10", 9, 0),
            "paling lambat Jumat, 11 Desember 2026 (sisa 1 hari kerja)",
            "due by Friday, 11 December 2026 (1 working day left)",
        ),
        (
            inspection("2026-12-11", 23, 59),
            "paling lambat Jumat, 11 Desember 2026 (hari ini hari terakhir)",
            "due by Friday, 11 December 2026 (today is the last day)",
        ),
        // Saturday: overdue, though no working day has passed since.
        (
            inspection("2026-12-12", 0, 0),
            "lewat tenggat: paling lambat Jumat, 11 Desember 2026",
            "overdue: due by Friday, 11 December 2026",
        ),
        (
            inspection("2026-12-14", 8, 0),
            "lewat tenggat: paling lambat Jumat, 11 Desember 2026 (terlambat 1 hari kerja)",
            "overdue: due by Friday, 11 December 2026 (1 working day late)",
        ),
        (
            inspection("2026-12-15", 8, 0),
            "lewat tenggat: paling lambat Jumat, 11 Desember 2026 (terlambat 2 hari kerja)",
            "overdue: due by Friday, 11 December 2026 (2 working days late)",
        ),
    ];
    for (i, (deadline, id, en)) in cases.iter().enumerate() {
        assert_eq!(deadline.words(Lang::Id), *id);
        assert_eq!(deadline.words(Lang::En), *en);
        assert_eq!(deadline.overdue, i >= 2, "{id}");
    }
    assert_eq!(
        inspection("2026-12-08", 9, 0).words(Lang::En),
        "due by Friday, 11 December 2026 (3 working days left)"
    );
}

#[test]
fn a_met_deadline_names_the_day_it_was_met() {
    let cal = calendar(true);
    let start = d("2026-11-27");
    let mut summary = started_on(start);
    summary.inspection_met_on = Some(d("2026-12-10"));
    let met = status(&summary, sop(), wib_at(d("2026-12-20"), 9, 0), &cal)
        .inspection
        .unwrap();
    assert_eq!(met.words(Lang::Id), "terpenuhi Kamis, 10 Desember 2026");
    assert_eq!(met.words(Lang::En), "met on Thursday, 10 December 2026");
    summary.inspection_met_on = Some(d("2026-12-14"));
    let late = status(&summary, sop(), wib_at(d("2026-12-20"), 9, 0), &cal)
        .inspection
        .unwrap();
    assert_eq!(
        late.words(Lang::Id),
        "terpenuhi Senin, 14 Desember 2026, terlambat (paling lambat Jumat, 11 Desember 2026)"
    );
    assert_eq!(
        late.words(Lang::En),
        "met on Monday, 14 December 2026, late (due by Friday, 11 December 2026)"
    );
}

#[test]
fn a_time_standard_in_minutes_keeps_its_time_of_day() {
    // Step 4 has 15 minutes; the harness reaches it at 12.00 WIB on Monday 6 January 2025.
    let mut h = Harness::new();
    h.walk_to(4, Choices::default());
    let cal = Calendar::standard();
    let since = h.case.state().since;
    assert_eq!(since, wib_at(d("2025-01-06"), 12, 0));
    let step = |at| h.case.status_at(sop(), at, &cal).step.unwrap();
    assert_eq!(
        step(since).words(Lang::Id),
        "paling lambat Senin, 6 Januari 2025 12.15 WIB"
    );
    assert_eq!(
        step(since + Duration::minutes(15)).words(Lang::Id),
        "lewat tenggat: paling lambat Senin, 6 Januari 2025 12.15 WIB"
    );
    assert_eq!(
        step(since + Duration::days(2)).words(Lang::En),
        "overdue: due by Monday, 6 January 2025 12.15 WIB (2 working days late)"
    );
    // Step 10's 2 hari kerja show the day only.
    h.walk_to(10, Choices::default());
    assert_eq!(
        h.case
            .status_at(sop(), h.now, &cal)
            .step
            .unwrap()
            .words(Lang::Id),
        "paling lambat Rabu, 8 Januari 2025 (sisa 2 hari kerja)"
    );
}

/// A case whose IP is dated `ip` (step 1 done that morning).
fn ip_on(ip: NaiveDate) -> Harness {
    let mut h = Harness::opened_at(wib_at(ip, 8, 0), sample::identity(3));
    h.step(Choices::default()).unwrap();
    assert_eq!(h.case.summary().ip_date, Some(ip));
    h
}

#[test]
fn the_permit_is_batal_from_the_day_after_the_moved_last_day() {
    // IP of 25 September 2025: three months end on Christmas; with cuti bersama counted
    // the period ends on Monday 29 December.
    let h = ip_on(d("2025-09-25"));
    let cal = calendar(true);
    let at = |day: &str, hh: u32, mm: u32| h.case.status_at(sop(), wib_at(d(day), hh, mm), &cal);
    let last = at("2025-12-29", 23, 59);
    assert_eq!(last.permit, PermitStatus::BelumEfektif);
    assert!(last.at_risk);
    assert_eq!(
        last.commitment.unwrap().words(Lang::Id),
        "paling lambat Senin, 29 Desember 2025 (hari ini hari terakhir)"
    );
    assert_eq!(at("2025-12-30", 0, 0).permit, PermitStatus::Batal);
    // Without cuti bersama, 26 December is a working day: batal from the 27th.
    let without = calendar(false);
    let at = |day: &str| {
        h.case
            .status_at(sop(), wib_at(d(day), 9, 0), &without)
            .permit
    };
    assert_eq!(at("2025-12-26"), PermitStatus::BelumEfektif);
    assert_eq!(at("2025-12-27"), PermitStatus::Batal);
}

#[test]
fn a_command_on_a_batal_permit_is_refused_with_the_last_day_in_words() {
    let sample_step =
        |h: &Harness| sample::next_command(sop(), &h.case, h.today(), Choices::default()).unwrap();
    // Saturday 27 December 2025: inside the period when cuti bersama count (it ends on
    // Monday 29th), after it when they do not (it ended on Friday 26th).
    let mut h = ip_on(d("2025-09-25"));
    h.now = wib_at(d("2025-12-27"), 9, 0);
    let (role, command) = sample_step(&h);
    let mut refused = h.case.clone();
    let ctx = h.ctx(&role);
    let error = refused
        .execute_with(sop(), &calendar(false), command.clone(), &ctx)
        .unwrap_err();
    assert_eq!(
        error,
        CommandError::PermitVoid {
            deadline: d("2025-12-26")
        }
    );
    assert_eq!(
        error.message(Lang::Id),
        "Izin Perluasan telah batal: komitmen tidak terpenuhi sampai Jumat, 26 Desember 2025 (Permenperin 15/2019 Pasal 31)."
    );
    assert_eq!(
        error.message(Lang::En),
        "The Izin Perluasan is void: the commitments were not met by Friday, 26 December 2025 (Permenperin 15/2019 Pasal 31)."
    );
    h.case
        .execute_with(sop(), &calendar(true), command, &ctx)
        .expect("the period still runs with cuti bersama counted");
    // `execute` uses the national calendar, which counts cuti bersama.
    h.now = wib_at(d("2025-12-30"), 9, 0);
    let (role, command) = sample_step(&h);
    assert!(matches!(
        h.act(&role, command),
        Err(CommandError::PermitVoid { deadline }) if deadline == d("2025-12-29")
    ));
}

#[test]
fn the_sop_data_can_keep_a_last_day_on_a_weekend() {
    let json = Sop::embedded_json().replace(
        "\"geser_ke_hari_kerja\":true",
        "\"geser_ke_hari_kerja\":false",
    );
    assert_ne!(json, Sop::embedded_json(), "the rule is in the SOP data");
    let calendar_days = Sop::from_json(&json).unwrap();
    assert!(!calendar_days.deadlines().roll_to_working_day);
    assert!(sop().deadlines().roll_to_working_day);
    let start = d("2025-11-30");
    let st = status(
        &started_on(start),
        &calendar_days,
        wib_at(start, 9, 0),
        &calendar(true),
    );
    assert_eq!(
        st.commitment.unwrap().words(Lang::Id),
        "paling lambat Sabtu, 28 Februari 2026 (sisa 59 hari kerja)"
    );
    // The default leaves the canonical form, and so the SOP's hash, as before the rule.
    let without_key = Sop::embedded_json().replace("\"geser_ke_hari_kerja\":true,", "");
    let without_key = without_key.replace(",\"geser_ke_hari_kerja\":true", "");
    assert!(!without_key.contains("geser_ke_hari_kerja"));
    let sop_without = Sop::from_json(&without_key).unwrap();
    assert!(sop_without.deadlines().roll_to_working_day);
    assert_eq!(sop_without.reference(), sop().reference());
    assert_ne!(calendar_days.reference(), sop().reference());
}
