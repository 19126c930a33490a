//! Events: the append-only history of a case. They carry what a merge of two offices'
//! copies needs (unique id, office and per-office sequence, the events they follow) and a
//! SHA-256 hash over their canonical content and their parents' hashes, so the history
//! forms a hash chain and an edited event is detected.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::identity::Identity;
use super::step_data::StepData;
use crate::core::hash::Hash;
use crate::core::register::LetterEntry;
use crate::core::sop::{ActorId, SopRef, StepNo};

pub use crate::core::ids::{CaseId, EventId, OfficeId};

/// Who did it: the role acted as, and the person's name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Author {
    pub role: ActorId,
    pub name: String,
}

/// Deserialize is written out in `body_de`: the derive would buffer every body.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum EventBody {
    /// The case is opened under an SOP.
    Opened {
        sop: SopRef,
        identity: Box<Identity>,
    },
    /// A step of a round is done, with what it recorded.
    StepCompleted {
        step: StepNo,
        round: u32,
        data: StepData,
        /// The letter this step received or sent, with its agenda number (buku agenda).
        /// Absent in histories recorded before the register existed: their hashes stay.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        letter: Option<Box<LetterEntry>>,
    },
    /// A correction (koreksi) of what a recorded step recorded: `data` (and `letter`, for
    /// a step with a letter) replace the values of the record, with the reason. `corrects`
    /// is the record, or the latest correction of it the author knew: corrections of a
    /// record form a chain, the latest standing. Never changes the path the case took (the
    /// fields a branch depends on cannot be corrected). Absent from histories recorded
    /// before corrections existed: their hashes stay.
    StepCorrected {
        round: u32,
        step: StepNo,
        corrects: EventId,
        data: StepData,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        letter: Option<Box<LetterEntry>>,
        reason: String,
    },
    /// Two offices recorded the same step differently; `keep` stands and the `discard`
    /// events (and what follows them) stay in the history without effect.
    ConflictResolved {
        round: u32,
        step: StepNo,
        keep: EventId,
        discard: Vec<EventId>,
        reason: String,
    },
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    pub id: EventId,
    pub case_id: CaseId,
    pub office: OfficeId,
    /// Per-office sequence number.
    pub seq: u64,
    pub author: Author,
    #[serde(with = "crate::wire::utc_text")]
    pub at: DateTime<Utc>,
    /// The events this one follows (the case's heads when it was recorded).
    pub follows: Vec<EventId>,
    pub body: EventBody,
    pub hash: Hash,
}

/// The hashed part of an event: everything but the hash itself.
#[derive(Serialize)]
struct Unhashed<'a> {
    id: &'a EventId,
    case_id: &'a CaseId,
    office: &'a OfficeId,
    seq: u64,
    author: &'a Author,
    #[serde(serialize_with = "crate::wire::utc_text::serialize")]
    at: DateTime<Utc>,
    follows: &'a [EventId],
    body: &'a EventBody,
}

impl Event {
    /// SHA-256 over the canonical JSON of the event followed by its parents' hashes (in
    /// `follows` order). `None` when a parent's hash is unknown.
    pub fn compute_hash(&self, hash_of: &HashMap<&EventId, &Hash>) -> Option<Hash> {
        let parents = self
            .follows
            .iter()
            .map(|id| hash_of.get(id).copied())
            .collect::<Option<Vec<&Hash>>>()?;
        let content = Unhashed {
            id: &self.id,
            case_id: &self.case_id,
            office: &self.office,
            seq: self.seq,
            author: &self.author,
            at: self.at,
            follows: &self.follows,
            body: &self.body,
        };
        Some(Hash::of_json(
            &content,
            parents.iter().map(|h| &h.as_bytes()[..]),
        ))
    }

    pub fn step(&self) -> Option<(u32, StepNo)> {
        match &self.body {
            EventBody::StepCompleted { step, round, .. } => Some((*round, *step)),
            _ => None,
        }
    }
}
