//! Legal deadlines and time standards of a case, in working days (hari kerja).

mod support;

use chrono::Duration;
use sopir::core::calendar::{Calendar, CalendarSettings, HolidayData};
use sopir::core::case::step_data::StepData;
use sopir::core::case::{Command, PermitStatus};
use sopir::core::sample::Choices;
use support::*;

fn without_cuti_bersama() -> Calendar {
    let settings = CalendarSettings {
        count_cuti_bersama: false,
        ..CalendarSettings::default()
    };
    Calendar::new(HolidayData::embedded(), &settings)
}

/// A case whose SIINAS verification request is dated `request`.
fn requested_on(request: chrono::NaiveDate) -> Harness {
    let mut h = Harness::opened_at(utc(2025, 3, 10, 2), sopir::core::sample::identity(2));
    h.step(Choices::default()).unwrap(); // step 1, IP of 10 March 2025
    h.now = utc(2025, 3, 27, 2);
    h.act(
        &role("operator"),
        Command::Complete {
            step: 2,
            data: StepData::VerificationRequested {
                number: "SIINAS/1".into(),
                date: request,
            },
        },
    )
    .unwrap();
    h
}

#[test]
fn inspection_deadline_across_idul_fitri_2025_with_cuti_bersama() {
    // 26 March 2025 (Wednesday). Not counted: 28 Mar (cuti Nyepi), 31 Mar-1 Apr (Idul
    // Fitri), 2-4 and 7 Apr (cuti bersama), 18 Apr (Wafat Yesus Kristus), weekends.
    // Working days: 27 Mar, 8, 9, 10, 11, 14, 15, 16, 17, 21 Apr.
    let h = requested_on(date(2025, 3, 26));
    let status = h.case.status_at(sop(), h.now, &Calendar::standard());
    let inspection = status.inspection.unwrap();
    assert_eq!(inspection.due_date, date(2025, 4, 21));
    assert_eq!(inspection.due, utc(2025, 4, 21, 17));
    assert!(!inspection.overdue);
    // Today is 27 March (the first of the ten); nine working days remain after it.
    assert_eq!(inspection.working_days_left, 9);
}

#[test]
fn inspection_deadline_across_idul_fitri_2025_without_cuti_bersama() {
    // Cuti bersama worked: 27, 28 Mar, 2, 3, 4, 7, 8, 9, 10, 11 Apr.
    let h = requested_on(date(2025, 3, 26));
    let status = h.case.status_at(sop(), h.now, &without_cuti_bersama());
    assert_eq!(status.inspection.unwrap().due_date, date(2025, 4, 11));
}

#[test]
fn inspection_overdue_after_the_tenth_working_day_and_met_by_the_inspection() {
    let mut h = requested_on(date(2025, 3, 26));
    let cal = Calendar::standard();
    assert!(
        !h.case
            .status_at(sop(), utc(2025, 4, 21, 16), &cal)
            .inspection
            .unwrap()
            .overdue
    );
    let late = h.case.status_at(sop(), utc(2025, 4, 21, 17), &cal);
    assert!(late.inspection.as_ref().unwrap().overdue);
    assert!(late.overdue());
    // The inspection on 22 April meets it, late.
    h.now = utc(2025, 4, 22, 3);
    h.walk_to(11, Choices::default());
    let status = h.case.status_at(sop(), h.now, &cal);
    let inspection = status.inspection.unwrap();
    assert_eq!(inspection.met_on, Some(date(2025, 4, 22)));
    assert!(inspection.late && !inspection.overdue);
}

#[test]
fn commitment_deadline_across_a_year_end() {
    // IP on 30 November 2025: three months end on 28 February 2026 (no 30 February), a
    // Saturday, so the period ends on Monday 2 March.
    let mut h = Harness::opened_at(utc(2025, 11, 30, 2), sopir::core::sample::identity(4));
    h.step(Choices::default()).unwrap();
    let status = h
        .case
        .status_at(sop(), utc(2025, 12, 22, 2), &Calendar::standard());
    let commitment = status.commitment.unwrap();
    assert_eq!(commitment.due_date, date(2026, 3, 2));
    assert_eq!(status.permit, PermitStatus::BelumEfektif);
    let permit_at = |at| h.case.status_at(sop(), at, &Calendar::standard()).permit;
    assert_eq!(permit_at(utc(2026, 3, 2, 16)), PermitStatus::BelumEfektif);
    assert_eq!(permit_at(utc(2026, 3, 2, 17)), PermitStatus::Batal);
}

#[test]
fn inspection_deadline_across_the_2025_year_end_with_and_without_cuti_bersama() {
    // From 22 December 2025: 25 Dec (Natal) and 26 Dec (cuti bersama), 1 Jan 2026.
    let mut h = Harness::opened_at(utc(2025, 12, 1, 2), sopir::core::sample::identity(5));
    h.step(Choices::default()).unwrap();
    h.now = utc(2025, 12, 22, 3);
    h.act(
        &role("operator"),
        Command::Complete {
            step: 2,
            data: StepData::VerificationRequested {
                number: "SIINAS/2".into(),
                date: date(2025, 12, 22),
            },
        },
    )
    .unwrap();
    let with = h.case.status_at(sop(), h.now, &Calendar::standard());
    assert_eq!(with.inspection.unwrap().due_date, date(2026, 1, 8));
    let without = h.case.status_at(sop(), h.now, &without_cuti_bersama());
    assert_eq!(without.inspection.unwrap().due_date, date(2026, 1, 7));
}

#[test]
fn step_time_standards_flag_overdue_steps() {
    let mut h = Harness::new();
    h.walk_to(4, Choices::default());
    let cal = Calendar::standard();
    // Step 4: 15 minutes from the moment it became current.
    let since = h.case.state().since;
    let step = h
        .case
        .status_at(sop(), since + Duration::minutes(14), &cal)
        .step
        .unwrap();
    assert!(!step.overdue);
    assert_eq!(step.due, since + Duration::minutes(15));
    assert!(
        h.case
            .status_at(sop(), since + Duration::minutes(15), &cal)
            .step
            .unwrap()
            .overdue
    );
    // Step 10: 2 working days; reached on Monday 6 January 2025 -> due end of Wednesday 8.
    h.walk_to(10, Choices::default());
    let step = h.case.status_at(sop(), h.now, &cal).step.unwrap();
    assert_eq!(step.due_date, date(2025, 1, 8));
    // Steps of external systems have no time standard.
    let mut h = Harness::new();
    h.walk_to(2, Choices::default());
    assert!(h
        .case
        .status_at(sop(), h.now + Duration::days(30), &cal)
        .step
        .is_none());
}
