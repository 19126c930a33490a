//! The state of a case: a pure fold over its events (see `fold/mod.rs`). Time-dependent facts
//! (deadlines, overdue, batal) are computed from it in `status.rs`.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use super::bap::Bap;
use super::event::{Author, CaseId, EventId};
use super::identity::{Identity, Issued};
use super::step_data::TeamMember;
use crate::core::hash::Hash;
use crate::core::register::LetterEntry;
use crate::core::sop::{SopRef, StepNo};

/// Where the case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Position {
    /// Waiting for this step.
    At(StepNo),
    /// The last round ended with the permit effective.
    Finished,
}

impl Position {
    pub fn step(self) -> Option<StepNo> {
        match self {
            Position::At(no) => Some(no),
            Position::Finished => None,
        }
    }
}

/// The permit as recorded by events. "Batal" depends on the date too: see `CaseStatus`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Permit {
    BelumEfektif,
    /// Effective from the day OSS was notified that all commitments are met (step 19).
    BerlakuEfektif {
        since: NaiveDate,
    },
}

/// A step done, in the order the case went through them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PathEntry {
    pub round: u32,
    pub step: StepNo,
    pub event: EventId,
    pub at: DateTime<Utc>,
    pub author: Author,
    /// The branch taken, for steps that branch.
    pub branch: Option<&'static str>,
}

/// A document the flow produced.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct DocumentRecord {
    pub kind: String,
    pub round: u32,
    pub step: StepNo,
    pub number: Option<String>,
    pub date: Option<NaiveDate>,
    pub event: EventId,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub enum Outcome {
    /// All commitments met: the IP is effective.
    Efektif,
    /// A readiness item is "tidak siap": the IP stays not effective; a new round is needed.
    BelumEfektif,
}

impl Outcome {
    /// The key the SOP data's `ulang.jika` uses.
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Efektif => "efektif",
            Outcome::BelumEfektif => "belum_efektif",
        }
    }
}

/// One pass through the SOP from the verification request: the first round starts at step
/// 1, each further one at the SOP's restart step (2).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Round {
    pub number: u32,
    pub started_at: DateTime<Utc>,
    pub request: Option<Issued>,
    /// Step 7: the Tim Teknis assigned.
    pub team: Vec<TeamMember>,
    /// Step 9: (field inspection needed, reason).
    pub decision: Option<(bool, String)>,
    /// Step 10: the day of the field inspection.
    pub inspected_on: Option<NaiveDate>,
    pub bap: Option<Bap>,
    /// Step 19's outcome.
    pub outcome: Option<Outcome>,
    /// The day OSS was notified (step 19).
    pub notified_on: Option<NaiveDate>,
}

/// A letter a step received or sent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LetterRecord {
    pub round: u32,
    pub step: StepNo,
    pub entry: LetterEntry,
}

/// A return for correction (step 13 -> 12).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Return {
    pub round: u32,
    pub from: StepNo,
    pub to: StepNo,
    pub reason: String,
    pub at: DateTime<Utc>,
    pub author: Author,
}

/// Two or more events recorded the same step of a round without knowing of each other
/// (two offices, or two tabs). The first in history order holds until someone with the
/// step's role resolves the conflict.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Conflict {
    pub round: u32,
    pub step: StepNo,
    /// The event that currently stands.
    pub applied: EventId,
    /// The concurrent ones, held without effect.
    pub others: Vec<EventId>,
    /// For a conflict between corrections (koreksi): the record they correct. `applied`
    /// and `others` are then corrections with different values; corrections with the
    /// applied one's values are not in conflict with it.
    pub record: Option<EventId>,
}

/// A record whose values were corrected (koreksi): the state holds the corrected values.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Corrected {
    pub round: u32,
    pub step: StepNo,
    /// The record of the step (`StepCompleted`).
    pub record: EventId,
    /// The correction whose values stand; a further correction names it in `corrects`.
    pub latest: EventId,
    /// Every correction in effect, in history order (two offices making the same
    /// correction without knowing of each other are both in effect).
    pub corrections: Vec<EventId>,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CaseState {
    pub id: CaseId,
    pub sop: SopRef,
    pub identity: Identity,
    pub opened_at: DateTime<Utc>,
    pub opened_by: Author,
    pub position: Position,
    /// When the current position was reached (start of the current step's time standard).
    pub since: DateTime<Utc>,
    pub rounds: Vec<Round>,
    pub path: Vec<PathEntry>,
    pub documents: Vec<DocumentRecord>,
    pub permit: Permit,
    pub returns: Vec<Return>,
    /// Letters received or sent, with their agenda numbers (buku agenda).
    pub letters: Vec<LetterRecord>,
    pub conflicts: Vec<Conflict>,
    /// Records corrected (koreksi), in path order.
    pub corrections: Vec<Corrected>,
    /// Events kept in the history without effect (the losing side of a resolved or open
    /// conflict, and corrections of such records).
    pub superseded: Vec<EventId>,
    /// Hash over every event hash in history order: printed on documents so a printout can
    /// be matched to the history it was made from.
    pub history_hash: Hash,
    pub event_count: usize,
}

impl CaseState {
    pub fn round(&self) -> &Round {
        self.rounds.last().expect("a case has at least one round")
    }

    pub fn round_number(&self) -> u32 {
        self.round().number
    }

    pub fn current_step(&self) -> Option<StepNo> {
        self.position.step()
    }

    /// Steps done in the current round.
    pub fn done_in_round(&self) -> impl Iterator<Item = &PathEntry> {
        let round = self.round_number();
        self.path.iter().filter(move |p| p.round == round)
    }

    /// The latest document of a kind.
    pub fn document(&self, kind: &str) -> Option<&DocumentRecord> {
        self.documents.iter().rev().find(|d| d.kind == kind)
    }

    /// The Tim Teknis of the current round (step 7), if assigned.
    pub fn team(&self) -> Option<&[TeamMember]> {
        let team = &self.round().team;
        (!team.is_empty()).then_some(team.as_slice())
    }

    /// The most recent BAP of any round.
    pub fn latest_bap(&self) -> Option<&Bap> {
        self.rounds.iter().rev().find_map(|r| r.bap.as_ref())
    }

    /// The corrections of a record, if it was corrected.
    pub fn corrected(&self, record: &EventId) -> Option<&Corrected> {
        self.corrections.iter().find(|c| &c.record == record)
    }

    pub fn is_effective(&self) -> bool {
        matches!(self.permit, Permit::BerlakuEfektif { .. })
    }
}
