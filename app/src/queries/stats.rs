//! The dashboard's numbers: cases by current step and by permit status, and how many
//! working days each step takes on average. Pure, tested natively.

use crate::core::calendar::{wib_date, Calendar};
use crate::core::case::{CaseSummary, PermitStatus};
use crate::core::sop::StepNo;
use crate::queries::lists::Row;

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub total: usize,
    /// Cases waiting at each step, for steps 1..=N (zeros included: the chart shows them).
    pub by_step: Vec<(StepNo, usize)>,
    pub finished: usize,
    /// At a step and not batal: cases the office still works on.
    pub in_progress: usize,
    pub belum_efektif: usize,
    pub berlaku_efektif: usize,
    pub batal: usize,
    pub overdue: usize,
}

pub fn counts(rows: &[Row], step_count: usize) -> Counts {
    let mut c = Counts {
        total: rows.len(),
        by_step: (1..=step_count).map(|no| (no as StepNo, 0)).collect(),
        ..Counts::default()
    };
    for row in rows {
        match row.summary.current_step() {
            Some(no) => {
                if let Some(slot) = c.by_step.get_mut(usize::from(no).wrapping_sub(1)) {
                    slot.1 += 1;
                }
            }
            None => c.finished += 1,
        }
        let open = row.summary.current_step().is_some();
        c.in_progress += usize::from(open && row.status.permit != PermitStatus::Batal);
        match row.status.permit {
            PermitStatus::BelumEfektif => c.belum_efektif += 1,
            PermitStatus::BerlakuEfektif => c.berlaku_efektif += 1,
            PermitStatus::Batal => c.batal += 1,
        }
        c.overdue += usize::from(row.overdue());
    }
    c
}

/// How long one step took, as many times as cases went through it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StepTime {
    pub step: StepNo,
    /// How many times the step was done (a returned or repeated step counts each time).
    pub samples: usize,
    pub total_working_days: i64,
}

impl StepTime {
    pub fn mean(&self) -> Option<f64> {
        (self.samples > 0).then(|| self.total_working_days as f64 / self.samples as f64)
    }
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Durations {
    /// Steps 1..=N.
    pub steps: Vec<StepTime>,
    /// The finished cases the averages come from.
    pub cases: usize,
}

/// (step, working days) for each step a case did, in its order: the working days between
/// the previous step's completion (for the first one: the case's opening) and this one's,
/// counted on WIB dates, so a step done the same day took 0. A merged history can list a
/// step recorded earlier than its predecessor; that counts as 0, never negative.
pub fn step_days(case: &CaseSummary, cal: &Calendar) -> Vec<(StepNo, i64)> {
    let mut previous = wib_date(case.opened_at);
    case.path
        .iter()
        .map(|&(_, step, at)| {
            let day = wib_date(at);
            let days = cal.working_days_between(previous, day).max(0);
            previous = day;
            (step, days)
        })
        .collect()
}

/// Averages over the finished cases only: an open case's steps are a biased sample (the
/// slow ones are still waiting).
pub fn durations<'a>(
    cases: impl IntoIterator<Item = &'a CaseSummary>,
    step_count: usize,
    cal: &Calendar,
) -> Durations {
    let mut d = Durations {
        steps: (1..=step_count)
            .map(|no| StepTime {
                step: no as StepNo,
                ..StepTime::default()
            })
            .collect(),
        cases: 0,
    };
    for case in cases {
        if case.current_step().is_some() {
            continue;
        }
        d.cases += 1;
        for (step, days) in step_days(case, cal) {
            if let Some(t) = d.steps.get_mut(usize::from(step).wrapping_sub(1)) {
                t.samples += 1;
                t.total_working_days += days;
            }
        }
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sample::Choices;
    use crate::queries::lists::rows;
    use crate::testkit::{sop, utc, Walk};
    use chrono::Duration;

    #[test]
    fn counts_by_step_and_permit() {
        let summaries = vec![
            Walk::open(0, utc(2025, 1, 6, 1))
                .to(5, Choices::default())
                .summary(),
            Walk::open(1, utc(2025, 1, 6, 1))
                .to(5, Choices::default())
                .summary(),
            Walk::open(2, utc(2025, 1, 6, 1))
                .to(11, Choices::default())
                .summary(),
            Walk::open(3, utc(2025, 1, 6, 1))
                .finish(Choices::default())
                .summary(),
        ];
        let now = utc(2025, 1, 6, 2);
        let rows = rows(summaries.clone(), sop(), now, &Calendar::standard());
        let c = counts(&rows, 20);
        assert_eq!(c.total, 4);
        assert_eq!(c.by_step.len(), 20);
        assert_eq!(c.by_step[4], (5, 2));
        assert_eq!(c.by_step[10], (11, 1));
        assert_eq!(c.by_step.iter().map(|s| s.1).sum::<usize>(), 3);
        assert_eq!(c.finished, 1);
        assert_eq!((c.belum_efektif, c.berlaku_efektif, c.batal), (3, 1, 0));
        assert_eq!(c.in_progress, 3);

        // After the 3-month commitment period the open cases are batal and overdue.
        let later = rows_later(summaries);
        let c = counts(&later, 20);
        assert_eq!((c.belum_efektif, c.berlaku_efektif, c.batal), (0, 1, 3));
        assert_eq!(c.overdue, 3);
        // Batal cases are no longer in progress: they have their own count.
        assert_eq!(c.in_progress, 0);
    }

    fn rows_later(summaries: Vec<CaseSummary>) -> Vec<Row> {
        rows(summaries, sop(), utc(2025, 6, 2, 3), &Calendar::standard())
    }

    /// A case whose step 10 (field inspection) is done `days` calendar days after step 9;
    /// every other step one hour after the previous one.
    fn finished_with_inspection_after(
        n: u32,
        start: chrono::DateTime<chrono::Utc>,
        days: i64,
    ) -> CaseSummary {
        let mut walk = Walk::open(n, start).to(10, Choices::default());
        walk.step(Duration::days(days), Choices::default());
        walk.finish(Choices::default()).summary()
    }

    #[test]
    fn a_steps_time_is_working_days_since_the_previous_step() {
        let cal = Calendar::standard();
        // Opened Monday 6 January 2025 at 08.00 WIB; steps 1-9 the same day; step 10 on
        // Thursday 9 January: 3 working days.
        let case = finished_with_inspection_after(0, utc(2025, 1, 6, 1), 3);
        let days = step_days(&case, &cal);
        assert_eq!(days.len(), 20);
        assert_eq!(days[9], (10, 3));
        assert!(days[..9].iter().all(|&(_, d)| d == 0), "{days:?}");
    }

    #[test]
    fn weekends_and_holidays_do_not_count() {
        let cal = Calendar::standard();
        // Friday 28 March 2025 to Tuesday 8 April 2025 spans Nyepi, Idul Fitri and their
        // cuti bersama (31 March - 7 April are all days off): only 8 April counts.
        let case = finished_with_inspection_after(0, utc(2025, 3, 28, 1), 11);
        assert_eq!(step_days(&case, &cal)[9], (10, 1));
    }

    #[test]
    fn averages_come_from_finished_cases_only() {
        let cal = Calendar::standard();
        let finished = [
            finished_with_inspection_after(0, utc(2025, 1, 6, 1), 1),
            finished_with_inspection_after(1, utc(2025, 1, 6, 1), 3),
        ];
        let open = Walk::open(2, utc(2025, 1, 6, 1)).to(12, Choices::default());
        let mut open = open;
        open.step(Duration::days(7), Choices::default());
        let open = open.summary();
        let d = durations(finished.iter().chain([&open]), 20, &cal);
        assert_eq!(d.cases, 2);
        assert_eq!(d.steps.len(), 20);
        let inspection = d.steps[9];
        assert_eq!((inspection.step, inspection.samples), (10, 2));
        assert_eq!(inspection.mean(), Some(2.0));
        // The open case's slow step 12 is not in the averages.
        assert_eq!(d.steps[11].mean(), Some(0.0));
    }

    #[test]
    fn a_returned_step_counts_each_time_and_no_case_gives_no_average() {
        let cal = Calendar::standard();
        let returned = Walk::open(0, utc(2025, 1, 6, 1))
            .finish(Choices {
                return_once: true,
                ..Choices::default()
            })
            .summary();
        let d = durations([&returned], 20, &cal);
        // Steps 12 and 13 were done twice (13 returned the work to 12).
        assert_eq!(d.steps[11].samples, 2);
        assert_eq!(d.steps[12].samples, 2);
        assert_eq!(d.steps[13].samples, 1);
        assert_eq!(durations([], 20, &cal).steps[0].mean(), None);
    }
}
