//! State = a fold over events. Events are put in a deterministic order that respects
//! `follows` (a topological order, ties broken by time, office, sequence and id), then each
//! is applied under the SOP. Two events that record the same step without knowing of each
//! other become an explicit `Conflict`; an event that does not follow the SOP is an error.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};

use chrono::NaiveDate;

use super::event::{Event, EventBody, EventId};
use super::replay_error::ReplayError;
use super::state::{
    CaseState, Conflict, DocumentRecord, LetterRecord, Outcome, PathEntry, Permit, Position,
    Return, Round,
};
use super::step_data::StepData;
use crate::core::hash::Hash;
use crate::core::register::{check_entry, LetterEntry};
use crate::core::sop::{Shape, Sop, StepNo};

/// Indices into `events`, in history order.
pub(super) fn order(events: &[Event]) -> Result<Vec<usize>, ReplayError> {
    let mut index: HashMap<&EventId, usize> = HashMap::with_capacity(events.len());
    for (i, e) in events.iter().enumerate() {
        if index.insert(&e.id, i).is_some() {
            return Err(ReplayError::DuplicateId(e.id.clone()));
        }
    }
    let mut waiting = vec![0usize; events.len()];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
    for (i, e) in events.iter().enumerate() {
        for parent in &e.follows {
            let &p = index
                .get(parent)
                .ok_or_else(|| ReplayError::UnknownParent {
                    event: e.id.clone(),
                    parent: parent.clone(),
                })?;
            waiting[i] += 1;
            children[p].push(i);
        }
    }
    let key = |i: usize| {
        let e = &events[i];
        Reverse((e.at, e.office.as_str(), e.seq, e.id.as_str(), i))
    };
    let mut ready: BinaryHeap<_> = (0..events.len())
        .filter(|&i| waiting[i] == 0)
        .map(key)
        .collect();
    let mut order = Vec::with_capacity(events.len());
    while let Some(Reverse((.., i))) = ready.pop() {
        order.push(i);
        for &child in &children[i] {
            waiting[child] -= 1;
            if waiting[child] == 0 {
                ready.push(key(child));
            }
        }
    }
    if order.len() != events.len() {
        let stuck = (0..events.len()).find(|&i| waiting[i] > 0).unwrap_or(0);
        return Err(ReplayError::Cycle(events[stuck].id.clone()));
    }
    Ok(order)
}

/// A small bit set of event positions (cases have tens to a few hundred events).
#[derive(Clone, Debug, Default)]
struct Bits(Vec<u64>);

impl Bits {
    fn insert(&mut self, i: usize) {
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }
    fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    /// Positions in both sets.
    fn common<'a>(&'a self, other: &'a Bits) -> impl Iterator<Item = usize> + 'a {
        self.0
            .iter()
            .zip(&other.0)
            .enumerate()
            .flat_map(|(w, (a, b))| {
                let both = a & b;
                (0..64)
                    .filter(move |i| both & (1 << i) != 0)
                    .map(move |i| w * 64 + i)
            })
    }

    fn union(&mut self, other: &Bits) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}

/// Applies events one by one; holds what is needed to keep applying (ancestry, which events
/// are superseded), so a new event is applied without folding the history again.
#[derive(Clone, Debug, Default)]
pub(super) struct Folder {
    state: Option<CaseState>,
    position_of: HashMap<EventId, usize>,
    ancestors: Vec<Bits>,
    superseded: Vec<bool>,
    /// Events a `ConflictResolved` set aside (known before folding).
    discard: HashSet<EventId>,
    /// Resolutions overruled by an earlier, contradicting one made without knowing of it.
    overruled: HashSet<EventId>,
    /// (round, step, position, id, the tip it was applied on) of every applied step event.
    applied: Vec<(u32, StepNo, usize, EventId, Option<usize>)>,
    /// Position of the event that last moved the case (the opening, then applied steps).
    tip: Option<usize>,
    /// (position, positions of its discards) of every resolution not overruled.
    resolutions: Vec<(usize, Vec<usize>)>,
    /// Positions of superseded events.
    dead: Bits,
}

impl Folder {
    /// `order`: the events' history order (see `order`).
    pub fn new(events: &[Event], order: &[usize]) -> Folder {
        // Two offices may resolve one conflict differently without knowing of each other;
        // applying both would set aside every record of the step. The first in history
        // order stands and a concurrent, contradicting one is overruled (superseded, with
        // what is built on it). A resolution made knowing an earlier one may revise it.
        let index: HashMap<&EventId, usize> =
            events.iter().enumerate().map(|(i, e)| (&e.id, i)).collect();
        let mut standing: Vec<(usize, &EventId, &[EventId])> = Vec::new();
        let mut folder = Folder::default();
        for &i in order {
            let EventBody::ConflictResolved { keep, discard, .. } = &events[i].body else {
                continue;
            };
            let overruled = standing.iter().any(|&(s, k, d)| {
                (discard.contains(k) || d.contains(keep)) && !follows(events, &index, i, s)
            });
            if overruled {
                folder.overruled.insert(events[i].id.clone());
            } else {
                standing.push((i, keep, discard));
                folder.discard.extend(discard.iter().cloned());
            }
        }
        folder
    }

    pub fn state(&self) -> Option<&CaseState> {
        self.state.as_ref()
    }

    /// Applies one event; its parents must have been applied.
    pub fn push(&mut self, sop: &Sop, event: &Event) -> Result<(), ReplayError> {
        if self.position_of.contains_key(&event.id) {
            return Err(ReplayError::DuplicateId(event.id.clone()));
        }
        let me = self.ancestors.len();
        let mut ancestors = Bits::default();
        for parent in &event.follows {
            let &p = self
                .position_of
                .get(parent)
                .ok_or_else(|| ReplayError::UnknownParent {
                    event: event.id.clone(),
                    parent: parent.clone(),
                })?;
            ancestors.insert(p);
            ancestors.union(&self.ancestors[p]);
        }
        let own_discards: Vec<usize> = match &event.body {
            EventBody::ConflictResolved { discard, .. } => discard
                .iter()
                .filter_map(|d| self.position_of.get(d).copied())
                .collect(),
            _ => Vec::new(),
        };
        // An event is built on what stood when it was recorded. A superseded event in its
        // past takes it down, unless its author saw it set aside: discarded, or built on a
        // discarded event, by a standing resolution it knows of (or is), and not built on
        // that resolution itself.
        let known = self
            .resolutions
            .iter()
            .filter(|(at, _)| ancestors.contains(*at))
            .map(|(at, discards)| (*at, discards.as_slice()))
            .chain(std::iter::once((me, own_discards.as_slice())));
        let set_aside = |x: usize| {
            known.clone().any(|(r, discards)| {
                !self.ancestors[x].contains(r)
                    && discards
                        .iter()
                        .any(|&d| d == x || self.ancestors[x].contains(d))
            })
        };
        let parent_superseded = self.dead.common(&ancestors).any(|x| !set_aside(x));
        let superseded = match (&event.body, self.state.as_mut()) {
            (
                EventBody::Opened {
                    sop: sop_ref,
                    identity,
                },
                None,
            ) => {
                if !event.follows.is_empty() {
                    return Err(ReplayError::NotFirst(event.id.clone()));
                }
                self.state = Some(CaseState {
                    id: event.case_id.clone(),
                    sop: sop_ref.clone(),
                    identity: (**identity).clone(),
                    opened_at: event.at,
                    opened_by: event.author.clone(),
                    position: Position::At(sop.first_step().no),
                    since: event.at,
                    rounds: vec![Round::new(1, event.at)],
                    path: Vec::new(),
                    documents: Vec::new(),
                    permit: Permit::BelumEfektif,
                    returns: Vec::new(),
                    letters: Vec::new(),
                    conflicts: Vec::new(),
                    superseded: Vec::new(),
                    history_hash: Hash::of(b""),
                    event_count: 0,
                });
                self.tip = Some(me);
                false
            }
            (EventBody::Opened { .. }, Some(_)) => {
                return Err(ReplayError::SecondOpening(event.id.clone()))
            }
            (_, None) => return Err(ReplayError::NotOpened(event.id.clone())),
            (_, Some(state)) if state.id != event.case_id => {
                return Err(ReplayError::OtherCase(event.id.clone()))
            }
            (EventBody::ConflictResolved { keep, discard, .. }, Some(_)) => {
                let known = |id: &EventId| id == keep || discard.contains(id);
                if !known(keep)
                    || discard.iter().any(|d| !self.position_of.contains_key(d))
                    || !self.position_of.contains_key(keep)
                {
                    return Err(ReplayError::DoesNotFollowSop {
                        event: event.id.clone(),
                        detail: "penyelesaian konflik merujuk kejadian yang tidak ada".into(),
                    });
                }
                // An overruled resolution sets nothing aside, for later events either.
                if !self.overruled.contains(&event.id) {
                    self.resolutions.push((me, own_discards));
                }
                // An overruled resolution, or one made on records that no longer stand,
                // has no effect, nor has what follows it.
                self.overruled.contains(&event.id) || parent_superseded
            }
            (
                EventBody::StepCompleted {
                    step,
                    round,
                    data,
                    letter,
                },
                Some(state),
            ) => {
                // Whether the event knows the one that brought the case where it is: always
                // so in one office's history (an event follows all heads); when not, it was
                // recorded concurrently with the history that stands.
                let knows_tip = self.tip.is_some_and(|t| ancestors.contains(t));
                if self.discard.contains(&event.id) || parent_superseded {
                    true
                } else if knows_tip {
                    if state.position != Position::At(*step) || state.round_number() != *round {
                        return Err(ReplayError::DoesNotFollowSop {
                            event: event.id.clone(),
                            detail: match state.position {
                                Position::At(now) => format!(
                                    "mencatat langkah {step} putaran {round}, padahal kasus berada di langkah {now} putaran {}",
                                    state.round_number()
                                ),
                                Position::Finished => format!(
                                    "mencatat langkah {step}, padahal kasus sudah selesai"
                                ),
                            },
                        });
                    }
                    apply_step(sop, state, event, *step, data, letter.as_deref())?;
                    self.applied
                        .push((*round, *step, me, event.id.clone(), self.tip));
                    self.tip = Some(me);
                    false
                } else {
                    // A record of the same step made from the same point is a conflict; an
                    // event built on records that no longer stand (set aside by a
                    // resolution its author did not know of) just has no effect.
                    if let Some((.., standing, _)) =
                        self.applied.iter().find(|(r, s, at, _, before)| {
                            r == round
                                && s == step
                                && !ancestors.contains(*at)
                                && before.is_some_and(|b| ancestors.contains(b))
                        })
                    {
                        record_conflict(state, standing, *round, *step, &event.id);
                    }
                    true
                }
            }
        };
        let state = self.state.as_mut().expect("opened above");
        state.history_hash = Hash::of_parts([
            &state.history_hash.as_bytes()[..],
            &event.hash.as_bytes()[..],
        ]);
        state.event_count += 1;
        if superseded {
            state.superseded.push(event.id.clone());
        }
        self.position_of.insert(event.id.clone(), me);
        self.ancestors.push(ancestors);
        if superseded {
            self.dead.insert(me);
        }
        self.superseded.push(superseded);
        Ok(())
    }
}

fn record_conflict(
    state: &mut CaseState,
    standing: &EventId,
    round: u32,
    step: StepNo,
    event: &EventId,
) {
    match state.conflicts.iter_mut().find(|c| &c.applied == standing) {
        Some(conflict) => conflict.others.push(event.clone()),
        None => state.conflicts.push(Conflict {
            round,
            step,
            applied: standing.clone(),
            others: vec![event.clone()],
        }),
    }
}

impl Round {
    fn new(number: u32, started_at: chrono::DateTime<chrono::Utc>) -> Round {
        Round {
            number,
            started_at,
            request: None,
            team: Vec::new(),
            decision: None,
            inspected_on: None,
            bap: None,
            outcome: None,
            notified_on: None,
        }
    }
}

/// Checks a step event against the SOP and moves the case on.
fn apply_step(
    sop: &Sop,
    state: &mut CaseState,
    event: &Event,
    no: StepNo,
    data: &StepData,
    letter: Option<&LetterEntry>,
) -> Result<(), ReplayError> {
    let step = sop.step(no).ok_or_else(|| ReplayError::DoesNotFollowSop {
        event: event.id.clone(),
        detail: format!("langkah {no} tidak ada dalam SOP"),
    })?;
    if data.form() != step.form {
        return Err(ReplayError::DoesNotFollowSop {
            event: event.id.clone(),
            detail: format!("isian langkah {no} tidak sesuai dengan SOP"),
        });
    }
    data.validate(NaiveDate::MAX)
        .map_err(|errors| ReplayError::InvalidData {
            event: event.id.clone(),
            step: no,
            errors,
        })?;
    if let Some(letter) = letter {
        let number = data.document_number().map(|(n, _)| n);
        check_entry(no, letter, number, NaiveDate::MAX).map_err(|errors| {
            ReplayError::InvalidData {
                event: event.id.clone(),
                step: no,
                errors,
            }
        })?;
    }
    let round_no = state.round_number();
    record_facts(state, data);
    if let Some(letter) = letter {
        state.letters.push(LetterRecord {
            round: round_no,
            step: no,
            entry: letter.clone(),
        });
    }
    if let Some(kind) = &step.document {
        state.documents.push(DocumentRecord {
            kind: kind.clone(),
            round: round_no,
            step: no,
            number: data.document_number().map(|(n, _)| n.to_string()),
            date: data.date(),
            event: event.id.clone(),
        });
    }
    let branch = data.branch_key();
    state.position = if step.shape == Shape::End {
        let outcome = state.round().outcome.unwrap_or(Outcome::BelumEfektif);
        match &step.restart {
            Some(restart) if restart.when == outcome.key() => {
                state.rounds.push(Round::new(round_no + 1, event.at));
                Position::At(restart.to)
            }
            _ => Position::Finished,
        }
    } else if let Some(key) = branch {
        let target =
            step.branch(key)
                .map(|b| b.to)
                .ok_or_else(|| ReplayError::DoesNotFollowSop {
                    event: event.id.clone(),
                    detail: format!("langkah {no} tidak punya cabang '{key}'"),
                })?;
        if target <= no {
            state.returns.push(Return {
                round: round_no,
                from: no,
                to: target,
                reason: match data {
                    StepData::CompletenessCheck { reason, .. } => reason.clone(),
                    _ => String::new(),
                },
                at: event.at,
                author: event.author.clone(),
            });
        }
        Position::At(target)
    } else {
        Position::At(
            step.next
                .expect("validated: non-end steps have a next step"),
        )
    };
    state.path.push(PathEntry {
        round: round_no,
        step: no,
        event: event.id.clone(),
        at: event.at,
        author: event.author.clone(),
        branch,
    });
    state.since = event.at;
    Ok(())
}

/// Keeps the domain facts a step records where the rest of the app looks for them.
fn record_facts(state: &mut CaseState, data: &StepData) {
    let round = state.rounds.last_mut().expect("a case has a round");
    match data {
        StepData::IpIssued { number, date } => {
            state.identity.oss_ip = Some(super::identity::Issued {
                number: number.clone(),
                date: *date,
            });
        }
        StepData::VerificationRequested { number, date } => {
            let issued = super::identity::Issued {
                number: number.clone(),
                date: *date,
            };
            round.request = Some(issued.clone());
            state.identity.siinas_request = Some(issued);
        }
        StepData::TeamAssignment { members } => round.team = members.clone(),
        StepData::InspectionDecision { needed, reason } => {
            round.decision = Some((*needed, reason.clone()));
        }
        StepData::FieldInspection { date, .. } => round.inspected_on = Some(*date),
        StepData::Bap(bap) => round.bap = Some((**bap).clone()),
        StepData::OssNotified { date } => {
            let ready = round.bap.as_ref().is_some_and(|b| b.all_ready());
            round.notified_on = Some(*date);
            if ready {
                round.outcome = Some(Outcome::Efektif);
                state.permit = Permit::BerlakuEfektif { since: *date };
            } else {
                round.outcome = Some(Outcome::BelumEfektif);
            }
        }
        _ => {}
    }
}

/// Whether event `later` has `earlier` in its past (resolutions are few: a walk is fine).
fn follows(
    events: &[Event],
    index: &HashMap<&EventId, usize>,
    later: usize,
    earlier: usize,
) -> bool {
    let mut seen = HashSet::new();
    let mut todo = vec![later];
    while let Some(i) = todo.pop() {
        for parent in &events[i].follows {
            match index.get(parent) {
                Some(&p) if p == earlier => return true,
                Some(&p) if seen.insert(p) => todo.push(p),
                _ => {}
            }
        }
    }
    false
}

/// Folds a whole history. Returns the events in history order and the folder holding the state.
pub(super) fn fold(sop: &Sop, events: Vec<Event>) -> Result<(Vec<Event>, Folder), ReplayError> {
    let order = order(&events)?;
    let mut folder = Folder::new(&events, &order);
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(slots.len());
    for i in order {
        let event = slots[i].take().expect("each index once");
        folder.push(sop, &event)?;
        ordered.push(event);
    }
    if folder.state().is_none() {
        return Err(ReplayError::Empty);
    }
    Ok((ordered, folder))
}
