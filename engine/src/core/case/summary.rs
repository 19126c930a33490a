//! A small, serializable digest of a case's state: what lists, inboxes and the dashboard
//! need, and what deadlines are computed from. The store keeps it beside the compressed
//! history, so the app starts without replaying every case.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::event::CaseId;
use super::state::{CaseState, LetterRecord, Permit, Position};
use crate::core::hash::Hash;
use crate::core::sop::StepNo;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CaseSummary {
    pub id: CaseId,
    pub company: String,
    pub nib: String,
    pub kbli: String,
    pub regency: String,
    pub opened_at: DateTime<Utc>,
    pub position: Position,
    pub round: u32,
    /// When the current position was reached.
    pub since: DateTime<Utc>,
    /// The day the permit became effective (step 19), if it did.
    pub effective_on: Option<NaiveDate>,
    /// Step 1's IP date: start of the 3-month commitment period.
    pub ip_date: Option<NaiveDate>,
    /// The current round's SIINAS request date: start of the 10-working-day inspection period.
    pub request_date: Option<NaiveDate>,
    /// The day the inspection deadline was met in the current round, if it was.
    pub inspection_met_on: Option<NaiveDate>,
    pub open_conflicts: usize,
    pub event_count: usize,
    pub last_event_at: DateTime<Utc>,
    /// (round, step, when) of every step done: durations per step for the dashboard.
    pub path: Vec<(u32, StepNo, DateTime<Utc>)>,
    /// The letters of the case, for the buku agenda.
    #[serde(default)]
    pub letters: Vec<LetterRecord>,
    pub history_hash: Hash,
}

impl CaseSummary {
    pub fn of(state: &CaseState) -> CaseSummary {
        let round = state.round();
        CaseSummary {
            id: state.id.clone(),
            company: state.identity.company.clone(),
            nib: state.identity.nib.clone(),
            kbli: state.identity.kbli.clone(),
            regency: state.identity.regency.clone(),
            opened_at: state.opened_at,
            position: state.position,
            round: round.number,
            since: state.since,
            effective_on: match state.permit {
                Permit::BerlakuEfektif { since } => Some(since),
                Permit::BelumEfektif => None,
            },
            ip_date: state.identity.oss_ip.as_ref().map(|ip| ip.date),
            request_date: round.request.as_ref().map(|r| r.date),
            inspection_met_on: round.inspected_on.or(match round.decision {
                Some((false, _)) => round.bap.as_ref().map(|b| b.date),
                _ => None,
            }),
            open_conflicts: state.conflicts.len(),
            event_count: state.event_count,
            last_event_at: state
                .path
                .last()
                .map_or(state.opened_at, |p| p.at)
                .max(state.since),
            path: state.path.iter().map(|p| (p.round, p.step, p.at)).collect(),
            letters: state.letters.clone(),
            history_hash: state.history_hash.clone(),
        }
    }

    pub fn current_step(&self) -> Option<StepNo> {
        match self.position {
            Position::At(no) => Some(no),
            Position::Finished => None,
        }
    }
}
