//! What the inbox (Tugas Saya), the case list (Daftar Kasus) and the dashboard show of each
//! case, and how they filter and order cases. Pure, so it is tested natively; the views
//! only render the indices these functions return.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use crate::core::calendar::Calendar;
use crate::core::case::{status, CaseId, CaseStatus, CaseSummary, DeadlineStatus, PermitStatus};
use crate::core::hash::Hash;
use crate::core::sop::{ActorId, Sop, StepNo};

/// Which legal or SOP deadline a date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DeadlineKind {
    /// 3 months from the IP (Pasal 27(3)).
    Commitment,
    /// 10 working days from the SIINAS request (Pasal 29(3)).
    Inspection,
    /// The current step's time standard.
    Step,
}

pub type RowKey = (CaseId, Hash, bool, Option<(DateTime<Utc>, i64, bool)>);

/// A case with its status at one instant: computed once per change of the cases, the
/// settings or the clock, then filtered many times (every keystroke of a search).
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub summary: CaseSummary,
    pub status: CaseStatus,
    /// The earliest deadline not met yet.
    pub next: Option<(DeadlineKind, DeadlineStatus)>,
    /// Lower-cased company name: sorting compares it often, so it is made once.
    name_key: String,
    /// Company (lower case), NIB and KBLI: a search term must occur in it.
    haystack: String,
}

impl Row {
    pub fn new(summary: CaseSummary, sop: &Sop, now: DateTime<Utc>, cal: &Calendar) -> Row {
        let status = status(&summary, sop, now, cal);
        let next = [
            (DeadlineKind::Commitment, &status.commitment),
            (DeadlineKind::Inspection, &status.inspection),
            (DeadlineKind::Step, &status.step),
        ]
        .into_iter()
        .filter_map(|(kind, d)| {
            d.as_ref()
                .filter(|d| d.met_on.is_none())
                .map(|d| (kind, d.clone()))
        })
        .min_by_key(|(_, d)| d.due);
        // A batal case can no longer record any step: the deadline that matters is the
        // commitment period that voided it.
        let next = match (&status.permit, &status.commitment) {
            (PermitStatus::Batal, Some(c)) => Some((DeadlineKind::Commitment, c.clone())),
            _ => next,
        };
        let name_key = summary.company.to_lowercase();
        let haystack = format!("{name_key}\n{}\n{}", summary.nib, summary.kbli);
        Row {
            summary,
            status,
            next,
            name_key,
            haystack,
        }
    }

    pub fn overdue(&self) -> bool {
        self.status.overdue()
    }

    pub fn due(&self) -> Option<DateTime<Utc>> {
        self.next.as_ref().map(|(_, d)| d.due)
    }

    /// What a rendered row depends on besides the language: a keyed list rebuilds a row
    /// only when this changes (a new event, or the clock moving a deadline on).
    pub fn key(&self) -> RowKey {
        (
            self.summary.id.clone(),
            self.summary.history_hash.clone(),
            self.overdue(),
            self.next
                .as_ref()
                .map(|(_, d)| (d.due, d.working_days_left, d.due_today)),
        )
    }

    /// Every term (already lower case) occurs in the company name, the NIB or the KBLI.
    fn matches(&self, terms: &[String]) -> bool {
        terms.iter().all(|t| self.haystack.contains(t.as_str()))
    }
}

pub fn rows(
    summaries: impl IntoIterator<Item = CaseSummary>,
    sop: &Sop,
    now: DateTime<Utc>,
    cal: &Calendar,
) -> Vec<Row> {
    summaries
        .into_iter()
        .map(|s| Row::new(s, sop, now, cal))
        .collect()
}

/// Overdue first, then the earliest deadline, cases without a deadline last.
fn by_urgency(a: &Row, b: &Row) -> Ordering {
    b.overdue()
        .cmp(&a.overdue())
        .then_with(|| match (a.due(), b.due()) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (None, None) => Ordering::Equal,
        })
}

/// Stable tie-break, so equal keys never swap places between renders.
fn by_name(a: &Row, b: &Row) -> Ordering {
    a.name_key
        .cmp(&b.name_key)
        .then_with(|| a.summary.id.cmp(&b.summary.id))
}

/// Tugas Saya: the cases whose current step the role may record.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Inbox {
    /// Indices into the rows, most urgent first.
    pub cases: Vec<usize>,
    /// Cases at the role's step whose permit is batal: every command is refused on them
    /// (Pasal 31), so they are counted, not listed as work.
    pub void: usize,
}

pub fn inbox(rows: &[Row], sop: &Sop, role: &ActorId) -> Inbox {
    let mut inbox = Inbox::default();
    for (i, row) in rows.iter().enumerate() {
        let mine = row
            .summary
            .current_step()
            .and_then(|no| sop.step(no))
            .is_some_and(|step| sop.may_act(role, step));
        if !mine {
            continue;
        }
        if row.status.permit == PermitStatus::Batal {
            inbox.void += 1;
        } else {
            inbox.cases.push(i);
        }
    }
    inbox
        .cases
        .sort_by(|&a, &b| by_urgency(&rows[a], &rows[b]).then_with(|| by_name(&rows[a], &rows[b])));
    inbox
}

/// The overdue cases, most overdue first (the dashboard's list).
pub fn overdue(rows: &[Row]) -> Vec<usize> {
    let mut picked: Vec<usize> = (0..rows.len()).filter(|&i| rows[i].overdue()).collect();
    picked
        .sort_by(|&a, &b| by_urgency(&rows[a], &rows[b]).then_with(|| by_name(&rows[a], &rows[b])));
    picked
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StepFilter {
    #[default]
    Any,
    At(StepNo),
    Finished,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Sort {
    Company,
    Opened,
    Step,
    /// Overdue first, then the earliest deadline.
    #[default]
    Deadline,
}

/// Daftar Kasus: the search, the filters and the order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Query {
    /// Words to find in the company name, NIB or KBLI (all of them, any case).
    pub text: String,
    pub permit: Option<PermitStatus>,
    pub step: StepFilter,
    pub overdue_only: bool,
    pub sort: Sort,
    pub descending: bool,
}

impl Query {
    fn keeps(&self, row: &Row, terms: &[String]) -> bool {
        let step_ok = match self.step {
            StepFilter::Any => true,
            StepFilter::At(no) => row.summary.current_step() == Some(no),
            StepFilter::Finished => row.summary.current_step().is_none(),
        };
        step_ok
            && self.permit.is_none_or(|p| row.status.permit == p)
            && (!self.overdue_only || row.overdue())
            && row.matches(terms)
    }

    fn compare(&self, a: &Row, b: &Row) -> Ordering {
        // Finished cases sort after every step.
        let step = |r: &Row| r.summary.current_step().unwrap_or(StepNo::MAX);
        let primary = match self.sort {
            Sort::Company => Ordering::Equal,
            Sort::Opened => a.summary.opened_at.cmp(&b.summary.opened_at),
            Sort::Step => step(a).cmp(&step(b)),
            Sort::Deadline => by_urgency(a, b),
        };
        let primary = if self.sort == Sort::Company {
            by_name(a, b)
        } else {
            primary
        };
        let primary = if self.descending {
            primary.reverse()
        } else {
            primary
        };
        primary.then_with(|| by_name(a, b))
    }
}

/// Indices of the rows the query keeps, in its order.
pub fn select(rows: &[Row], query: &Query) -> Vec<usize> {
    let terms: Vec<String> = query
        .text
        .to_lowercase()
        .split_whitespace()
        .map(str::to_string)
        .collect();
    let mut picked: Vec<usize> = (0..rows.len())
        .filter(|&i| query.keeps(&rows[i], &terms))
        .collect();
    picked.sort_by(|&a, &b| query.compare(&rows[a], &rows[b]));
    picked
}

/// The number of pages of `n` items and the page actually shown for a requested one
/// (after a narrower search the old page may no longer exist).
pub fn paging(n: usize, per_page: usize, requested: usize) -> (usize, usize) {
    let pages = n.div_ceil(per_page).max(1);
    (pages, requested.min(pages - 1))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sample::Choices;
    use crate::testkit::{sop, utc, Walk};
    use chrono::Duration;

    fn cal() -> Calendar {
        Calendar::standard()
    }

    /// Case `n` opened on Monday 6 January 2025, walked to step `to` (0: to the end).
    fn case(n: u32, to: StepNo) -> CaseSummary {
        Walk::open(n, utc(2025, 1, 6, 1) + Duration::minutes(i64::from(n)))
            .to(to, Choices::default())
            .summary()
    }

    fn rows_at(summaries: Vec<CaseSummary>, now: DateTime<Utc>) -> Vec<Row> {
        rows(summaries, sop(), now, &cal())
    }

    fn ids(rows: &[Row], picked: &[usize]) -> Vec<String> {
        picked
            .iter()
            .map(|&i| rows[i].summary.id.to_string())
            .collect()
    }

    #[test]
    fn the_next_deadline_is_the_earliest_one_not_met() {
        // Waiting at step 5 (2 hours) with the inspection period (10 working days) and
        // the commitment period (3 months) running: the step's deadline comes first.
        // Steps 1-4 took an hour each from 01.00 UTC: step 5 waits from 05.00, due 07.00.
        let rows = rows_at(vec![case(0, 5)], utc(2025, 1, 6, 6));
        let (kind, due) = rows[0].next.clone().unwrap();
        assert_eq!(kind, DeadlineKind::Step);
        assert!(!due.overdue);
        // A week later the step is overdue, and so is the case.
        let rows = rows_at(vec![case(0, 5)], utc(2025, 1, 13, 8));
        assert_eq!(rows[0].next.as_ref().unwrap().0, DeadlineKind::Step);
        assert!(rows[0].overdue());
        // A finished case has met everything.
        let rows = rows_at(vec![case(0, 0)], utc(2025, 1, 13, 8));
        assert_eq!(rows[0].next, None);
        assert_eq!(rows[0].status.permit, PermitStatus::BerlakuEfektif);
    }

    #[test]
    fn the_inbox_holds_the_roles_cases_overdue_first_then_by_deadline() {
        // kasus-0 waits at step 5 (Operator, 2 h), kasus-1 at step 4 (Operator, 15 min),
        // kasus-2 at step 6 (Kabid), kasus-3 at step 1 (Pemohon, recorded by the Operator:
        // no time standard, only the commitment period once there is an IP: none yet).
        let summaries = vec![case(0, 5), case(1, 4), case(2, 6), case(3, 1)];
        let now = utc(2025, 1, 6, 20);
        let rows = rows_at(summaries, now);
        let operator = inbox(&rows, sop(), &ActorId::new("operator"));
        assert_eq!(operator.void, 0);
        assert_eq!(
            ids(&rows, &operator.cases),
            ["kasus-1", "kasus-0", "kasus-3"]
        );
        assert!(operator.cases[..2].iter().all(|&i| rows[i].overdue()));
        assert!(!rows[operator.cases[2]].overdue());

        let kabid = inbox(&rows, sop(), &ActorId::new("kabid"));
        assert_eq!(ids(&rows, &kabid.cases), ["kasus-2"]);
        let kadis = inbox(&rows, sop(), &ActorId::new("kadis"));
        assert!(kadis.cases.is_empty());
    }

    #[test]
    fn the_inbox_counts_void_cases_instead_of_listing_them() {
        // Four months later the 3-month commitment period is over: batal.
        let rows = rows_at(vec![case(0, 5), case(1, 6)], utc(2025, 5, 20, 3));
        assert_eq!(rows[0].status.permit, PermitStatus::Batal);
        // What such a case shows is the commitment deadline that voided it.
        assert_eq!(rows[0].next.as_ref().unwrap().0, DeadlineKind::Commitment);
        let operator = inbox(&rows, sop(), &ActorId::new("operator"));
        assert_eq!(
            operator,
            Inbox {
                cases: vec![],
                void: 1
            }
        );
        assert_eq!(overdue(&rows).len(), 2);
    }

    #[test]
    fn search_finds_company_nib_and_kbli_in_any_case() {
        let summaries: Vec<CaseSummary> = (0..8).map(|n| case(n, 3)).collect();
        let rows = rows_at(summaries, utc(2025, 1, 7, 3));
        let find = |text: &str| {
            let q = Query {
                text: text.into(),
                sort: Sort::Company,
                ..Query::default()
            };
            ids(&rows, &select(&rows, &q))
        };
        // Company names (case-insensitive, several words all required).
        assert_eq!(find("sawit"), ["kasus-0"]);
        assert_eq!(find("lestari"), ["kasus-7", "kasus-0"]);
        assert_eq!(find("LESTARI kapuas"), ["kasus-0"]);
        // KBLI 10431 is the palm oil mills; 24202 alumina.
        assert_eq!(find("10431"), ["kasus-0", "kasus-5"]);
        assert_eq!(find("24202"), ["kasus-3"]);
        // Part of a NIB.
        let nib = rows[6].summary.nib.clone();
        assert_eq!(find(&nib[6..]), ["kasus-6"]);
        assert_eq!(find("tidak ada"), Vec::<String>::new());
        assert_eq!(find("  ").len(), 8);
    }

    #[test]
    fn filters_by_permit_step_and_overdue() {
        let summaries = vec![case(0, 0), case(1, 5), case(2, 5), case(3, 12)];
        let rows = rows_at(summaries, utc(2025, 1, 20, 3));
        let pick = |q: Query| {
            ids(
                &rows,
                &select(
                    &rows,
                    &Query {
                        sort: Sort::Company,
                        ..q
                    },
                ),
            )
        };
        assert_eq!(
            pick(Query {
                permit: Some(PermitStatus::BerlakuEfektif),
                ..Query::default()
            }),
            ["kasus-0"]
        );
        assert_eq!(
            pick(Query {
                step: StepFilter::At(5),
                ..Query::default()
            }),
            ["kasus-1", "kasus-2"]
        );
        assert_eq!(
            pick(Query {
                step: StepFilter::Finished,
                ..Query::default()
            }),
            ["kasus-0"]
        );
        // Two weeks on, the waiting cases are past their step time; the finished one is
        // not. (By company: Alumina, Karet, Kayu.)
        assert_eq!(
            pick(Query {
                overdue_only: true,
                ..Query::default()
            }),
            ["kasus-3", "kasus-1", "kasus-2"]
        );
    }

    #[test]
    fn sorts_by_each_key_both_ways() {
        // Opened a minute apart in the order 0..4.
        let summaries = vec![case(2, 12), case(0, 5), case(3, 0), case(1, 8)];
        let rows = rows_at(summaries, utc(2025, 1, 7, 3));
        let order = |sort: Sort, descending: bool| {
            ids(
                &rows,
                &select(
                    &rows,
                    &Query {
                        sort,
                        descending,
                        ..Query::default()
                    },
                ),
            )
        };
        assert_eq!(
            order(Sort::Opened, false),
            ["kasus-0", "kasus-1", "kasus-2", "kasus-3"]
        );
        assert_eq!(
            order(Sort::Opened, true),
            ["kasus-3", "kasus-2", "kasus-1", "kasus-0"]
        );
        // Steps 5, 8, 12, then the finished case.
        assert_eq!(
            order(Sort::Step, false),
            ["kasus-0", "kasus-1", "kasus-2", "kasus-3"]
        );
        // Alphabetical: Alumina (3), Karet (1), Kayu (2), Sawit (0).
        assert_eq!(
            order(Sort::Company, false),
            ["kasus-3", "kasus-1", "kasus-2", "kasus-0"]
        );
        assert_eq!(
            order(Sort::Company, true),
            ["kasus-0", "kasus-2", "kasus-1", "kasus-3"]
        );
        // By deadline the finished case (no deadline left) comes last.
        let by_deadline = order(Sort::Deadline, false);
        assert_eq!(by_deadline.last().unwrap(), "kasus-3");
        let dues: Vec<_> = select(&rows, &Query::default())
            .iter()
            .filter_map(|&i| rows[i].due())
            .collect();
        assert!(dues.windows(2).all(|w| w[0] <= w[1]));
    }

    #[test]
    fn a_thousand_cases_filter_fast_enough_for_every_keystroke() {
        let base: Vec<CaseSummary> = (0..20).map(|n| case(n, (n % 19 + 1) as StepNo)).collect();
        let summaries: Vec<CaseSummary> = (0..1000)
            .map(|i| {
                let mut s = base[i % base.len()].clone();
                s.id = format!("k{i}").as_str().into();
                s
            })
            .collect();
        let rows = rows_at(summaries, utc(2025, 1, 8, 3));
        let start = std::time::Instant::now();
        for text in ["s", "sa", "saw", "sawi", "sawit"] {
            let q = Query {
                text: text.into(),
                ..Query::default()
            };
            assert!(!select(&rows, &q).is_empty());
        }
        // Five searches over 1,000 rows; generous for a debug build on a slow machine.
        assert!(start.elapsed() < std::time::Duration::from_millis(500));
    }

    #[test]
    fn paging_clamps_to_the_last_page() {
        assert_eq!(paging(0, 50, 0), (1, 0));
        assert_eq!(paging(50, 50, 0), (1, 0));
        assert_eq!(paging(51, 50, 1), (2, 1));
        assert_eq!(paging(120, 50, 7), (3, 2));
    }
}
