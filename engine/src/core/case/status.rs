//! What the date adds to a case's state: legal deadlines, the current step's time standard,
//! overdue flags, and whether the permit is batal.

use chrono::{DateTime, Duration, Months, NaiveDate, Utc};
use serde::Serialize;

use super::state::Position;
use super::summary::CaseSummary;
use crate::core::calendar::{end_of_day_wib, wib_date, Calendar};
use crate::core::sop::{Sop, TimeStandard};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum PermitStatus {
    BelumEfektif,
    BerlakuEfektif,
    /// Pasal 31: the 3-month commitment deadline passed before the permit became effective.
    Batal,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct DeadlineStatus {
    /// The instant the deadline ends.
    pub due: DateTime<Utc>,
    /// Its last day, in WIB.
    pub due_date: NaiveDate,
    /// The day it was met, if it was.
    pub met_on: Option<NaiveDate>,
    /// Not met and past due.
    pub overdue: bool,
    /// Met, but after the due date.
    pub late: bool,
    /// Working days from today to the due date (negative once past).
    pub working_days_left: i64,
}

impl DeadlineStatus {
    fn new(
        due: DateTime<Utc>,
        met_on: Option<NaiveDate>,
        now: DateTime<Utc>,
        cal: &Calendar,
    ) -> Self {
        let due_date = wib_date(due - Duration::milliseconds(1));
        DeadlineStatus {
            due,
            due_date,
            met_on,
            overdue: met_on.is_none() && now >= due,
            late: met_on.is_some_and(|d| d > due_date),
            working_days_left: cal.working_days_between(wib_date(now), due_date),
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

/// The end of the 3-month commitment period.
fn commitment_due(case: &CaseSummary, sop: &Sop) -> Option<DateTime<Utc>> {
    let last_day = case
        .ip_date?
        .checked_add_months(Months::new(sop.deadlines().commitment_months))?;
    Some(end_of_day_wib(last_day))
}

/// The last day of the commitment period, if the permit is batal at `now`.
pub(super) fn voided_by(case: &CaseSummary, sop: &Sop, now: DateTime<Utc>) -> Option<NaiveDate> {
    let due = commitment_due(case, sop)?;
    (case.effective_on.is_none() && now >= due).then(|| wib_date(due - Duration::milliseconds(1)))
}

/// Deadlines and the permit status of a case at `now`, under the office's SOP and calendar.
pub fn status(case: &CaseSummary, sop: &Sop, now: DateTime<Utc>, cal: &Calendar) -> CaseStatus {
    let effective_on = case.effective_on;
    let commitment =
        commitment_due(case, sop).map(|due| DeadlineStatus::new(due, effective_on, now, cal));

    let inspection = case.request_date.map(|request| {
        let due = cal.deadline(request, sop.deadlines().inspection_working_days);
        DeadlineStatus::new(due, case.inspection_met_on, now, cal)
    });

    let step = match case.position {
        Position::At(no) => sop.step(no).and_then(|s| s.time).map(|time| {
            let due = match time {
                TimeStandard::Minutes(m) => case.since + Duration::minutes(i64::from(m)),
                TimeStandard::Hours(h) => case.since + Duration::hours(i64::from(h)),
                TimeStandard::WorkingDays(n) => cal.deadline(wib_date(case.since), n),
            };
            DeadlineStatus::new(due, None, now, cal)
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
