//! State = a fold over events. The rules, and why they hold for any valid exchange of
//! copies between offices:
//!
//! 1. History order: a topological order of the set of events (ties by time, office,
//!    sequence, id). Restricted to the past of any event it is the history order of that
//!    past, so the past of an event folds exactly as its author's copy did when it was
//!    recorded (a new event follows every head: its past *is* the author's copy).
//! 2. Every record of a step has a predecessor: the record (or the opening) that brought
//!    its author's copy to its position, i.e. the end of the path of the fold of its
//!    past. Records form a tree under the opening; two records with one predecessor were
//!    made from the same point without knowing of each other.
//! 3. The state is one path down that tree. At each record, its children not set aside by
//!    a standing resolution are in play; the one the last standing resolution keeps, else
//!    the first in history order, is applied. More than one in play is an open `Conflict`.
//!    Everything off the path (the other side of a conflict, and whatever was built on it)
//!    stays in the history without effect (`superseded`).
//! 4. Resolutions act at the predecessor of the records they name. One stands if it knows
//!    every resolution standing there before it in history order; a concurrent later one
//!    is overruled (without effect). The standing ones form a chain of revisions: their
//!    discards add up and the last one's choice is preferred.
//!
//! 5. A correction (koreksi) names the record it corrects, or a correction of it, in its
//!    past (`corrects`): the corrections of a record form a tree under it. Where the path
//!    applies a record, its corrections are walked like rule 3, level by level: the
//!    children of the level's corrections not set aside by a standing resolution (rule 4,
//!    at the corrections they name) are in play; the one the last standing resolution
//!    keeps, else the first in history order, stands, and so do those in play with the
//!    same values (the same correction made twice is no conflict). In play with other
//!    values is an open `Conflict` (its `record` set). The record is applied with the
//!    values of the last correction standing. A correction cannot change the fields a
//!    branch depends on, so it never moves the path: records after it replay as their
//!    authors saw them, whichever correction wins.
//!
//! Why: the state at a record depends only on the path leading to it, so a record applies
//! in a merge exactly when its predecessor is reached, on the state its author saw - a
//! valid history never fails to replay, whoever wins a conflict or a contest between
//! resolutions. The state is a function of the set of events, so merging is commutative,
//! associative and idempotent. A new command follows every head, so its predecessor is
//! the end of the path and it stands; a resolution knows every resolution on its copy, so
//! it stands there. Within one office's history each record's predecessor is the previous
//! one: a plain sequence. Errors are left for what no valid copy produces: a record that
//! does not fit where its predecessor leaves the case (checked where the path passes), a
//! concurrent record of another step, a resolution naming records outside its past or
//! keeping a record of another step.

mod fixes;
mod order;
mod step;

use std::collections::HashMap;

use super::event::{CaseId, Event, EventBody, EventId};
use super::replay_error::ReplayError;
use super::state::{CaseState, Conflict, Corrected};
use crate::core::hash::Hash;
use crate::core::sop::{Sop, StepNo};
use order::{order, Bits};
use step::{apply, check_correction, opened};

/// An event's place in the tree of records (see the rules at the top).
#[derive(Clone, Debug)]
enum Node {
    Opened,
    /// A record of a step under its predecessor.
    Step {
        pred: usize,
        round: u32,
        step: StepNo,
    },
    /// A resolution acting at record `at` (or, for corrections of `record`, at the
    /// record or correction the kept correction names).
    Resolution {
        at: usize,
        keep: usize,
        discard: Vec<usize>,
        record: Option<usize>,
    },
    /// A correction of `record` that names `parent` (the record or a correction of it).
    Correction {
        record: usize,
        parent: usize,
    },
}

/// What happens at one record in some view of the history.
struct Choice {
    /// The resolutions at the record that stand, in history order.
    standing: Vec<usize>,
    /// Its children still in play, in history order.
    candidates: Vec<usize>,
    /// The one applied.
    applied: Option<usize>,
}

/// Builds the state. `add` places each event (in history order), `rebuild` walks the path
/// of the whole history; `append` applies a new event on top, folding again only when it
/// is a resolution. Positions are indices in history order.
#[derive(Clone, Debug, Default)]
pub(super) struct Folder {
    state: Option<CaseState>,
    position_of: HashMap<EventId, usize>,
    ids: Vec<EventId>,
    /// Per position: its past, and its place in the tree.
    ancestors: Vec<Bits>,
    nodes: Vec<Node>,
    /// Per position: the records whose predecessor it is, and the resolutions acting at it.
    children: Vec<Vec<usize>>,
    resolutions: Vec<Vec<usize>>,
    /// Per record: its corrections, and the resolutions between them (history order).
    fixes: Vec<Vec<usize>>,
    fix_resolutions: Vec<Vec<usize>>,
    case_id: Option<CaseId>,
    root: Option<usize>,
    /// The path of the whole history: the opening, then the applied records.
    path: Vec<usize>,
    /// Per position: its index on the path.
    on_path: Vec<Option<usize>>,
    /// Per open conflict between records (the first ones of `state.conflicts`): the
    /// path index of the record it is at.
    conflict_at: Vec<usize>,
    /// Per open conflict between corrections (the rest of `state.conflicts`): every
    /// correction in play where it is, whatever its values.
    fix_conflicts: Vec<Vec<usize>>,
    history_hash: Option<Hash>,
    event_count: usize,
}

impl Folder {
    /// Room for `events` events: a fold places every event of a case at once.
    fn with_capacity(events: usize) -> Folder {
        Folder {
            position_of: HashMap::with_capacity(events),
            ids: Vec::with_capacity(events),
            ancestors: Vec::with_capacity(events),
            nodes: Vec::with_capacity(events),
            children: Vec::with_capacity(events),
            resolutions: Vec::with_capacity(events),
            fixes: Vec::with_capacity(events),
            fix_resolutions: Vec::with_capacity(events),
            ..Folder::default()
        }
    }

    pub fn state(&self) -> Option<&CaseState> {
        self.state.as_ref()
    }

    /// Places an event; its parents must have been added (history order).
    pub fn add(&mut self, event: &Event) -> Result<(), ReplayError> {
        if self.position_of.contains_key(&event.id) {
            return Err(ReplayError::DuplicateId(event.id.clone()));
        }
        let me = self.nodes.len();
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
        let node = match (&event.body, self.root) {
            (EventBody::Opened { .. }, None) => {
                if !event.follows.is_empty() {
                    return Err(ReplayError::NotFirst(event.id.clone()));
                }
                self.root = Some(me);
                self.case_id = Some(event.case_id.clone());
                Node::Opened
            }
            (EventBody::Opened { .. }, Some(_)) => {
                return Err(ReplayError::SecondOpening(event.id.clone()))
            }
            (_, None) => return Err(ReplayError::NotOpened(event.id.clone())),
            (_, Some(_)) if self.case_id.as_ref() != Some(&event.case_id) => {
                return Err(ReplayError::OtherCase(event.id.clone()))
            }
            // Every copy holds the opening: an event that does not know it is not of this case.
            (_, Some(root)) if !ancestors.contains(root) => {
                return Err(ReplayError::NotOpened(event.id.clone()))
            }
            (EventBody::StepCompleted { step, round, .. }, Some(root)) => Node::Step {
                pred: self.predecessor(&event.follows, &ancestors, root),
                round: *round,
                step: *step,
            },
            (
                EventBody::ConflictResolved {
                    round,
                    step,
                    keep,
                    discard,
                    ..
                },
                Some(_),
            ) => self.resolution(event, &ancestors, (*round, *step), keep, discard)?,
            (
                EventBody::StepCorrected {
                    round,
                    step,
                    corrects,
                    ..
                },
                Some(_),
            ) => self.correction(event, &ancestors, (*round, *step), corrects)?,
        };
        match &node {
            Node::Step { pred, .. } => self.children[*pred].push(me),
            Node::Resolution {
                record: Some(record),
                ..
            } => self.fix_resolutions[*record].push(me),
            Node::Resolution { at, .. } => self.resolutions[*at].push(me),
            Node::Correction { record, .. } => self.fixes[*record].push(me),
            Node::Opened => {}
        }
        let before = self.history_hash.take().unwrap_or_else(|| Hash::of(b""));
        self.history_hash = Some(Hash::of_parts([
            &before.as_bytes()[..],
            &event.hash.as_bytes()[..],
        ]));
        self.event_count += 1;
        self.position_of.insert(event.id.clone(), me);
        self.ids.push(event.id.clone());
        self.ancestors.push(ancestors);
        self.nodes.push(node);
        self.children.push(Vec::new());
        self.resolutions.push(Vec::new());
        self.fixes.push(Vec::new());
        self.fix_resolutions.push(Vec::new());
        Ok(())
    }

    /// The end of the path of the fold of an event's past (`ancestors`).
    fn predecessor(&self, follows: &[EventId], ancestors: &Bits, root: usize) -> usize {
        // Following one record (or the opening) alone, that record ends the path: it is
        // in play where its own predecessor ended the path, and nothing follows it yet.
        if let [parent] = follows {
            let p = self.position_of[parent];
            if matches!(self.nodes[p], Node::Opened | Node::Step { .. }) {
                return p;
            }
        }
        let mut at = root;
        while let Some(next) = self.choice(at, |i| ancestors.contains(i)).applied {
            at = next;
        }
        at
    }

    /// A resolution names concurrent records of one step (children of one record) in its
    /// past; it acts at their predecessor.
    fn resolution(
        &self,
        event: &Event,
        ancestors: &Bits,
        (round, step): (u32, StepNo),
        keep: &EventId,
        discard: &[EventId],
    ) -> Result<Node, ReplayError> {
        let refuse = |detail: &str| ReplayError::DoesNotFollowSop {
            event: event.id.clone(),
            detail: detail.into(),
        };
        let known = |id: &EventId| {
            self.position_of
                .get(id)
                .copied()
                .filter(|&p| ancestors.contains(p))
        };
        let missing = "penyelesaian konflik merujuk kejadian yang tidak ada";
        let keep = known(keep).ok_or_else(|| refuse(missing))?;
        let discard = discard
            .iter()
            .map(known)
            .collect::<Option<Vec<usize>>>()
            .ok_or_else(|| refuse(missing))?;
        let (at, record) = match self.nodes[keep] {
            Node::Step {
                pred,
                round: r,
                step: s,
            } if (r, s) == (round, step) => (pred, None),
            Node::Correction { record, parent } if self.step_of(record) == (round, step) => {
                (parent, Some(record))
            }
            _ => {
                return Err(refuse(
                    "penyelesaian konflik tidak sesuai dengan catatan yang dipertahankan",
                ))
            }
        };
        if discard.contains(&keep) {
            return Err(refuse(
                "penyelesaian konflik menyisihkan catatan yang dipertahankan",
            ));
        }
        // Only records concurrent with the kept one can be set aside; naming another (as a
        // history resolved under earlier rules might) sets nothing aside.
        let discard = discard
            .into_iter()
            .filter(|&d| match (&self.nodes[d], record) {
                (
                    Node::Step {
                        pred,
                        round: r,
                        step: s,
                    },
                    None,
                ) => *pred == at && (*r, *s) == (round, step),
                (Node::Correction { record: of, .. }, Some(record)) => *of == record,
                _ => false,
            })
            .collect();
        Ok(Node::Resolution {
            at,
            keep,
            discard,
            record,
        })
    }

    /// A correction names a record, or a correction of it, in its past; it records the
    /// same step and round as the record.
    fn correction(
        &self,
        event: &Event,
        ancestors: &Bits,
        (round, step): (u32, StepNo),
        corrects: &EventId,
    ) -> Result<Node, ReplayError> {
        let refuse = |detail: String| ReplayError::DoesNotFollowSop {
            event: event.id.clone(),
            detail,
        };
        let parent = self
            .position_of
            .get(corrects)
            .copied()
            .filter(|&p| ancestors.contains(p))
            .ok_or_else(|| refuse("koreksi merujuk catatan yang tidak ada".into()))?;
        let record = match self.nodes[parent] {
            Node::Step { .. } => parent,
            Node::Correction { record, .. } => record,
            _ => return Err(refuse("koreksi tidak merujuk catatan langkah".into())),
        };
        let (r, s) = self.step_of(record);
        if (r, s) != (round, step) {
            return Err(refuse(format!(
                "koreksi langkah {step} putaran {round} merujuk catatan langkah {s} putaran {r}"
            )));
        }
        Ok(Node::Correction { record, parent })
    }

    /// For conflict `i` of `state.conflicts`: every event in play there, the applied one
    /// first (for a conflict between corrections, also those with the applied values).
    pub fn conflict_members(&self, i: usize) -> Vec<EventId> {
        let Some(state) = &self.state else {
            return Vec::new();
        };
        match i.checked_sub(self.conflict_at.len()) {
            Some(k) => {
                let conflict = &state.conflicts[i];
                let mut all = vec![conflict.applied.clone()];
                all.extend(
                    self.fix_conflicts[k]
                        .iter()
                        .map(|&c| self.ids[c].clone())
                        .filter(|id| *id != conflict.applied),
                );
                all
            }
            None => {
                let conflict = &state.conflicts[i];
                std::iter::once(conflict.applied.clone())
                    .chain(conflict.others.iter().cloned())
                    .collect()
            }
        }
    }

    /// What happens at record `at` in the view `known` (a set of positions closed under
    /// ancestry).
    fn choice(&self, at: usize, known: impl Fn(usize) -> bool) -> Choice {
        let mut standing: Vec<usize> = Vec::new();
        for &r in &self.resolutions[at] {
            if known(r) && standing.iter().all(|&s| self.ancestors[r].contains(s)) {
                standing.push(r);
            }
        }
        let resolution = |r: usize| match &self.nodes[r] {
            Node::Resolution { keep, discard, .. } => Some((*keep, discard.as_slice())),
            _ => None,
        };
        let set_aside = |c: usize| {
            standing
                .iter()
                .any(|&r| resolution(r).is_some_and(|(_, discard)| discard.contains(&c)))
        };
        let candidates: Vec<usize> = self.children[at]
            .iter()
            .copied()
            .filter(|&c| known(c) && !set_aside(c))
            .collect();
        let preferred = standing
            .last()
            .and_then(|&r| resolution(r))
            .map(|(keep, _)| keep);
        let applied = preferred
            .filter(|k| candidates.contains(k))
            .or_else(|| candidates.first().copied());
        Choice {
            standing,
            candidates,
            applied,
        }
    }

    fn step_of(&self, i: usize) -> (u32, StepNo) {
        match self.nodes[i] {
            Node::Step { round, step, .. } => (round, step),
            _ => (0, 0),
        }
    }

    /// A record in play beside the applied one must record the same step.
    fn check_concurrent(&self, other: usize, applied: usize) -> Result<(), ReplayError> {
        let ((round, step), (r, s)) = (self.step_of(other), self.step_of(applied));
        if (round, step) == (r, s) {
            return Ok(());
        }
        Err(ReplayError::DoesNotFollowSop {
            event: self.ids[other].clone(),
            detail: format!(
                "mencatat langkah {step} putaran {round} dari titik yang sama dengan catatan langkah {s} putaran {r}"
            ),
        })
    }

    /// Walks the path of the whole history and builds the state. `events`: by position.
    pub fn rebuild(&mut self, sop: &Sop, events: &[&Event]) -> Result<(), ReplayError> {
        let root = self.root.ok_or(ReplayError::Empty)?;
        let mut state = opened(sop, events[root])?;
        let n = self.nodes.len();
        self.path = vec![root];
        self.on_path = vec![None; n];
        self.on_path[root] = Some(0);
        self.conflict_at.clear();
        self.fix_conflicts.clear();
        let mut effective = vec![false; n];
        let mut fix_conflicts = Vec::new();
        let mut at = root;
        loop {
            let choice = self.choice(at, |_| true);
            for &r in &choice.standing {
                effective[r] = true;
            }
            let Some(next) = choice.applied else { break };
            let others: Vec<usize> = choice
                .candidates
                .iter()
                .copied()
                .filter(|&c| c != next)
                .collect();
            for &other in &others {
                self.check_concurrent(other, next)?;
            }
            if !others.is_empty() {
                let (round, step) = self.step_of(next);
                state.conflicts.push(Conflict {
                    round,
                    step,
                    applied: self.ids[next].clone(),
                    others: others.iter().map(|&o| self.ids[o].clone()).collect(),
                    record: None,
                });
                self.conflict_at.push(self.path.len() - 1);
            }
            let walk = self.corrections_of(next, events);
            for &r in &walk.standing {
                effective[r] = true;
            }
            for &c in &walk.in_effect {
                effective[c] = true;
                check_correction(sop, events[next], events[c])?;
            }
            match walk.latest {
                None => apply(sop, &mut state, events[next], None)?,
                Some(latest) => {
                    let values = check_correction(sop, events[next], events[latest])?;
                    apply(sop, &mut state, events[next], Some(values))?;
                    let (round, step) = self.step_of(next);
                    state.corrections.push(Corrected {
                        round,
                        step,
                        record: self.ids[next].clone(),
                        latest: self.ids[latest].clone(),
                        corrections: walk
                            .in_effect
                            .iter()
                            .map(|&c| self.ids[c].clone())
                            .collect(),
                    });
                }
            }
            for (applied, others, candidates) in walk.conflicts {
                let (round, step) = self.step_of(next);
                fix_conflicts.push(Conflict {
                    round,
                    step,
                    applied: self.ids[applied].clone(),
                    others: others.iter().map(|&o| self.ids[o].clone()).collect(),
                    record: Some(self.ids[next].clone()),
                });
                self.fix_conflicts.push(candidates);
            }
            self.on_path[next] = Some(self.path.len());
            self.path.push(next);
            at = next;
        }
        state.conflicts.extend(fix_conflicts);
        state.superseded = (0..n)
            .filter(|&i| match self.nodes[i] {
                Node::Opened => false,
                Node::Step { .. } => self.on_path[i].is_none(),
                Node::Resolution { .. } | Node::Correction { .. } => !effective[i],
            })
            .map(|i| self.ids[i].clone())
            .collect();
        state.history_hash = self.history_hash.clone().unwrap_or_else(|| Hash::of(b""));
        state.event_count = self.event_count;
        self.state = Some(state);
        Ok(())
    }

    /// Applies a new event recorded on top of `history` (this folder's events in history
    /// order; the new event follows them all, so it comes last). A record of a step is
    /// placed without folding again, with the result `rebuild` would give.
    pub fn append(
        &mut self,
        sop: &Sop,
        event: &Event,
        history: &[Event],
    ) -> Result<(), ReplayError> {
        self.add(event)?;
        let me = self.nodes.len() - 1;
        let Node::Step { pred, .. } = self.nodes[me] else {
            // A resolution changes which records count, a correction what one says: walk
            // the path again.
            let events: Vec<&Event> = history.iter().chain(std::iter::once(event)).collect();
            return self.rebuild(sop, &events);
        };
        let tip = *self.path.last().ok_or(ReplayError::Empty)?;
        let at = self.on_path[pred];
        self.on_path.push(None);
        let state = self.state.as_mut().ok_or(ReplayError::Empty)?;
        state.history_hash = self.history_hash.clone().unwrap_or_else(|| Hash::of(b""));
        state.event_count = self.event_count;
        if pred == tip {
            // Nothing was in play after the end of the path: the record goes on from there.
            apply(sop, state, event, None)?;
            self.on_path[me] = Some(self.path.len());
            self.path.push(me);
            return Ok(());
        }
        if let Some(k) = at {
            // A record beside the applied one (which came first in history order).
            let applied = self.path[k + 1];
            self.check_concurrent(me, applied)?;
            let (round, step) = self.step_of(applied);
            let state = self.state.as_mut().ok_or(ReplayError::Empty)?;
            match self.conflict_at.iter().position(|&c| c == k) {
                Some(i) => state.conflicts[i].others.push(event.id.clone()),
                None => {
                    let i = self.conflict_at.partition_point(|&c| c < k);
                    self.conflict_at.insert(i, k);
                    state.conflicts.insert(
                        i,
                        Conflict {
                            round,
                            step,
                            applied: self.ids[applied].clone(),
                            others: vec![event.id.clone()],
                            record: None,
                        },
                    );
                }
            }
        }
        let state = self.state.as_mut().ok_or(ReplayError::Empty)?;
        state.superseded.push(event.id.clone());
        Ok(())
    }
}

/// Folds a whole history. Returns the events in history order and the folder holding the state.
pub(super) fn fold(sop: &Sop, events: Vec<Event>) -> Result<(Vec<Event>, Folder), ReplayError> {
    let order = order(&events)?;
    let mut slots: Vec<Option<Event>> = events.into_iter().map(Some).collect();
    let mut ordered = Vec::with_capacity(slots.len());
    let mut folder = Folder::with_capacity(order.len());
    for i in order {
        let event = slots[i].take().expect("each index once");
        folder.add(&event)?;
        ordered.push(event);
    }
    folder.rebuild(sop, &ordered.iter().collect::<Vec<_>>())?;
    Ok((ordered, folder))
}
