//! What the date adds to a case's state: legal deadlines, the current step's time standard,
//! overdue flags, and whether the permit is batal.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use serde::Serialize;

use super::state::Position;
use super::summary::CaseSummary;
use crate::core::calendar::{end_of_day_wib, wib_date, Calendar};
use crate::core::sop::{Sop, TimeStandard};
use crate::i18n::{dates, Lang};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PermitStatus {
    BelumEfektif,
    BerlakuEfektif,
    /// Pasal 31: the 3-month commitment deadline passed before the permit became effective.
    Batal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineStatus {
    /// The instant the deadline ends: the end (WIB) of its last day, or for a time
    /// standard in minutes or hours the moment itself.
    pub due: DateTime<Utc>,
    /// Its last day, in WIB.
    pub due_date: NaiveDate,
    /// Ends at a time of day (a time standard in minutes or hours), not with its last day.
    pub timed: bool,
    /// The day it was met, if it was.
    pub met_on: Option<NaiveDate>,
    /// Not met and past due: for a deadline by day, from the day after its last day on.
    pub overdue: bool,
    /// Met, but after the due date.
    pub late: bool,
    /// Working days from today to the due date (negative once past).
    pub working_days_left: i64,
    /// Today (WIB) is its last day.
    pub due_today: bool,
}

impl DeadlineStatus {
    /// A deadline that ends with its last day (WIB).
    fn by_day(
        last_day: NaiveDate,
        met_on: Option<NaiveDate>,
        now: DateTime<Utc>,
        cal: &Calendar,
    ) -> Self {
        let today = wib_date(now);
        DeadlineStatus {
            due: end_of_day_wib(last_day),
            due_date: last_day,
            timed: false,
            met_on,
            overdue: met_on.is_none() && today > last_day,
            late: met_on.is_some_and(|d| d > last_day),
            working_days_left: cal.working_days_between(today, last_day),
            due_today: today == last_day,
        }
    }

    /// A deadline that ends at an instant (time standards in minutes or hours).
    fn at_time(due: DateTime<Utc>, now: DateTime<Utc>, cal: &Calendar) -> Self {
        let (today, due_date) = (wib_date(now), wib_date(due));
        DeadlineStatus {
            due,
            due_date,
            timed: true,
            met_on: None,
            overdue: now >= due,
            late: false,
            working_days_left: cal.working_days_between(today, due_date),
            due_today: today == due_date,
        }
    }

    /// The deadline in words, the same on every screen: "paling lambat Jumat, 11 Desember
    /// 2026 (sisa 3 hari kerja)"; once passed "lewat tenggat: paling lambat ... (terlambat
    /// 2 hari kerja)"; once met "terpenuhi Kamis, 10 Desember 2026" (with "terlambat" and
    /// the last day when met after it).
    pub fn words(&self, lang: Lang) -> String {
        let s = &lang.strings().deadline;
        let due = if self.timed {
            dates::due_by_time(self.due, lang)
        } else {
            dates::due_by(self.due_date, lang)
        };
        let count = |one: &str, many: &str, n: i64| {
            if n == 1 {
                one.to_string()
            } else {
                many.replace("{n}", &n.to_string())
            }
        };
        match self.met_on {
            Some(met) if self.late => format!(
                "{} {}, {} ({due})",
                s.met_on,
                dates::day_date(met, lang),
                s.late
            ),
            Some(met) => format!("{} {}", s.met_on, dates::day_date(met, lang)),
            None if self.overdue => match -self.working_days_left {
                n if n > 0 => format!(
                    "{} {due} ({})",
                    s.overdue,
                    count(s.late_by_one, s.late_by, n)
                ),
                _ => format!("{} {due}", s.overdue),
            },
            None if self.timed => due,
            None if self.due_today => format!("{due} ({})", s.last_day),
            None => format!(
                "{due} ({})",
                count(s.left_one, s.left, self.working_days_left.max(0))
            ),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct CaseStatus {
    pub permit: PermitStatus,
    /// 3 months from the IP (Pasal 27(3), 29(9)); `None` before step 1.
    pub commitment: Option<DeadlineStatus>,
    /// 10 hari kerja from the SIINAS request of the current round (Pasal 29(3)).
    pub inspection: Option<DeadlineStatus>,
    /// The current step's time standard.
    pub step: Option<DeadlineStatus>,
    /// Not effective yet and 10 working days or fewer before the commitment deadline.
    pub at_risk: bool,
}

impl CaseStatus {
    pub fn overdue(&self) -> bool {
        [&self.commitment, &self.inspection, &self.step]
            .into_iter()
            .flatten()
            .any(|d| d.overdue)
    }
}

/// Where a period whose last day is `d` ends: on `d`, or when the SOP says so
/// (`geser_ke_hari_kerja`) and `d` is not a working day, on the next working day.
fn last_working_day(d: NaiveDate, sop: &Sop, cal: &Calendar) -> NaiveDate {
    if sop.deadlines().roll_to_working_day {
        cal.working_day_on_or_after(d)
    } else {
        d
    }
}

/// The last day of the 3-month commitment period (Pasal 27(3), 29(9)) of an IP obtained
/// on `ip_date`.
pub fn commitment_last_day(ip_date: NaiveDate, sop: &Sop, cal: &Calendar) -> Option<NaiveDate> {
    let d = ip_date.checked_add_months(Months::new(sop.deadlines().commitment_months))?;
    Some(last_working_day(d, sop, cal))
}

/// The last day of the field inspection (Pasal 29(3)) for a SIINAS request of `request`:
/// the Nota Dinas names the same day as the case page.
pub fn inspection_last_day(request: NaiveDate, sop: &Sop, cal: &Calendar) -> NaiveDate {
    let d = cal.add_working_days(request, sop.deadlines().inspection_working_days);
    last_working_day(d, sop, cal)
}

/// The last day of the commitment period, if the permit is batal at `now`: from the day
/// after it on.
pub(super) fn voided_by(
    case: &CaseSummary,
    sop: &Sop,
    now: DateTime<Utc>,
    cal: &Calendar,
) -> Option<NaiveDate> {
    let last_day = commitment_last_day(case.ip_date?, sop, cal)?;
    (case.effective_on.is_none() && wib_date(now) > last_day).then_some(last_day)
}

/// Deadlines and the permit status of a case at `now`, under the office's SOP and calendar.
pub fn status(case: &CaseSummary, sop: &Sop, now: DateTime<Utc>, cal: &Calendar) -> CaseStatus {
    let effective_on = case.effective_on;
    let commitment = case
        .ip_date
        .and_then(|ip| commitment_last_day(ip, sop, cal))
        .map(|last| DeadlineStatus::by_day(last, effective_on, now, cal));

    let inspection = case.request_date.map(|request| {
        let last = inspection_last_day(request, sop, cal);
        DeadlineStatus::by_day(last, case.inspection_met_on, now, cal)
    });

    let step = match case.position {
        Position::At(no) => sop.step(no).and_then(|s| s.time).map(|time| match time {
            TimeStandard::Minutes(m) => {
                DeadlineStatus::at_time(case.since + Duration::minutes(i64::from(m)), now, cal)
            }
            TimeStandard::Hours(h) => {
                DeadlineStatus::at_time(case.since + Duration::hours(i64::from(h)), now, cal)
            }
            TimeStandard::WorkingDays(n) => {
                let last = cal.add_working_days(wib_date(case.since), n);
                DeadlineStatus::by_day(last_working_day(last, sop, cal), None, now, cal)
            }
        }),
        Position::Finished => None,
    };

    let batal = commitment.as_ref().is_some_and(|c| c.overdue);
    CaseStatus {
        permit: match (effective_on, batal) {
            (Some(_), _) => PermitStatus::BerlakuEfektif,
            (None, true) => PermitStatus::Batal,
            (None, false) => PermitStatus::BelumEfektif,
        },
        at_risk: !batal
            && effective_on.is_none()
            && commitment
                .as_ref()
                .is_some_and(|c| c.working_days_left <= 10),
        commitment,
        inspection,
        step,
    }
}
