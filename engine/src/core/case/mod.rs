//! A case: identity data and an append-only list of events. Commands are validated against
//! the SOP and turned into events; the state is a fold over the events.

pub mod bap;
mod command;
mod correction;
mod event;
pub mod fields;
mod fold;
pub mod identity;
mod overtaken;
mod replay_error;
mod state;
mod status;
pub mod step_data;
mod summary;

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

pub use command::{Command, CommandError, Ctx};
pub use correction::{correctors, may_correct, Recorded, SUPERVISORS};
pub use event::{Author, CaseId, Event, EventBody, EventId, OfficeId};
pub use identity::Identity;
pub use overtaken::{Overtaken, Seen};
pub use replay_error::{EventPlace, ReplayError};
pub use state::{
    CaseState, Conflict, Corrected, DocumentRecord, LetterRecord, Outcome, PathEntry, Permit,
    Position, Return, Round,
};
pub use status::{
    commitment_last_day, inspection_last_day, status, CaseStatus, DeadlineStatus, PermitStatus,
};
pub use step_data::StepData;
pub use summary::CaseSummary;

use chrono::{DateTime, Utc};

use crate::core::calendar::{wib_date, Calendar};
use crate::core::hash::Hash;
use crate::core::register::{check_entry, LetterEntry};
use crate::core::sop::StepNo;
use crate::core::sop::{ActorKind, Sop};
use fold::Folder;

#[derive(Clone, Debug)]
pub struct Case {
    /// In history order.
    events: Vec<Event>,
    folder: Folder,
}

impl PartialEq for Case {
    fn eq(&self, other: &Case) -> bool {
        self.events == other.events
    }
}

impl Case {
    /// Opens a case (Kasus Baru). Dinas staff only; the identity must be valid.
    pub fn open(
        sop: &Sop,
        id: CaseId,
        identity: Identity,
        ctx: &Ctx,
    ) -> Result<Case, CommandError> {
        check_author(sop, ctx)?;
        identity.validate().map_err(CommandError::Invalid)?;
        let body = EventBody::Opened {
            sop: sop.reference(),
            identity: Box::new(identity),
        };
        let event = seal(event_from(ctx, id, Vec::new(), body), &HashMap::new());
        let (events, folder) = fold::fold(sop, vec![event]).expect("a valid opening always folds");
        Ok(Case { events, folder })
    }

    /// Rebuilds a case from its events (any order): checks every hash, then replays.
    pub fn from_events(sop: &Sop, events: Vec<Event>) -> Result<Case, ReplayError> {
        verify_hashes(&events)?;
        let (events, folder) = fold::fold(sop, events)?;
        Ok(Case { events, folder })
    }

    pub fn id(&self) -> &CaseId {
        &self.state().id
    }

    pub fn state(&self) -> &CaseState {
        self.folder.state().expect("a case is always opened")
    }

    pub fn events(&self) -> &[Event] {
        &self.events
    }

    pub fn into_events(self) -> Vec<Event> {
        self.events
    }

    /// Events nothing follows yet: what a new event follows.
    pub fn heads(&self) -> Vec<EventId> {
        let followed: HashSet<&EventId> = self.events.iter().flat_map(|e| &e.follows).collect();
        let mut heads: Vec<EventId> = self
            .events
            .iter()
            .filter(|e| !followed.contains(&e.id))
            .map(|e| e.id.clone())
            .collect();
        heads.sort();
        heads
    }

    /// Validates a command and, if accepted, records its event. A refused command leaves
    /// the case exactly as it was. `sop` is the office's effective SOP (settings applied).
    /// Under the national calendar (`Calendar::standard`); `execute_with` takes the
    /// office's.
    pub fn execute(
        &mut self,
        sop: &Sop,
        command: Command,
        ctx: &Ctx,
    ) -> Result<&Event, CommandError> {
        static STANDARD: OnceLock<Calendar> = OnceLock::new();
        self.execute_with(sop, STANDARD.get_or_init(Calendar::standard), command, ctx)
    }

    /// `execute` under the office's calendar, which says when the commitment period ends
    /// (a permit batal refuses every command).
    pub fn execute_with(
        &mut self,
        sop: &Sop,
        calendar: &Calendar,
        command: Command,
        ctx: &Ctx,
    ) -> Result<&Event, CommandError> {
        check_author(sop, ctx)?;
        let body = self.decide(sop, calendar, command, ctx)?;
        let event = event_from(ctx, self.id().clone(), self.heads(), body);
        let hashes: HashMap<&EventId, &Hash> =
            self.events.iter().map(|e| (&e.id, &e.hash)).collect();
        let event = seal(event, &hashes);
        // Decided events always replay (see the rules in fold/mod.rs); should one not, the
        // command is refused and the case stays as it was.
        let mut folder = self.folder.clone();
        folder
            .append(sop, &event, &self.events)
            .map_err(CommandError::DoesNotReplay)?;
        self.folder = folder;
        self.events.push(event);
        Ok(self.events.last().expect("just pushed"))
    }

    /// Completes the current step (with its letter, for steps that receive or send one).
    fn complete(
        &self,
        sop: &Sop,
        ctx: &Ctx,
        step: StepNo,
        data: StepData,
        letter: Option<Box<LetterEntry>>,
    ) -> Result<EventBody, CommandError> {
        let state = self.state();
        if let Some(conflict) = state.conflicts.first() {
            return Err(CommandError::OpenConflict {
                round: conflict.round,
                step: conflict.step,
            });
        }
        let current = match state.position {
            Position::Finished => return Err(CommandError::Finished),
            Position::At(now) if now != step => {
                return Err(CommandError::NotCurrent {
                    requested: step,
                    position: state.position,
                })
            }
            Position::At(now) => sop.step(now).expect("positions are SOP steps"),
        };
        check_role(sop, ctx, current)?;
        if data.form() != current.form {
            return Err(CommandError::WrongForm { step });
        }
        let today = wib_date(ctx.at);
        let mut errors = data.validate(today).err().unwrap_or_default();
        if let Some(letter) = &letter {
            let number = data.document_number().map(|(n, _)| n);
            errors.extend(
                check_entry(step, letter, number, today)
                    .err()
                    .unwrap_or_default(),
            );
            if letter.office != ctx.office {
                return Err(CommandError::WrongForm { step });
            }
        }
        if !errors.is_empty() {
            return Err(CommandError::Invalid(errors));
        }
        Ok(EventBody::StepCompleted {
            step,
            round: state.round_number(),
            data,
            letter,
        })
    }

    fn decide(
        &self,
        sop: &Sop,
        calendar: &Calendar,
        command: Command,
        ctx: &Ctx,
    ) -> Result<EventBody, CommandError> {
        let state = self.state();
        if let Some(deadline) = status::voided_by(&CaseSummary::of(state), sop, ctx.at, calendar) {
            return Err(CommandError::PermitVoid { deadline });
        }
        match command {
            Command::Complete { step, data } => self.complete(sop, ctx, step, data, None),
            Command::CompleteWithLetter { step, data, letter } => {
                self.complete(sop, ctx, step, data, Some(letter))
            }
            Command::Correct {
                corrects,
                data,
                letter,
                reason,
            } => self.correct(sop, ctx, corrects, data, letter, reason),
            Command::ResolveConflict {
                round,
                step,
                keep,
                reason,
            } => {
                // A step can be in conflict twice in a round (before and after a return,
                // or between records and between corrections): the conflict is the one
                // `keep` belongs to.
                let at_step = || {
                    state
                        .conflicts
                        .iter()
                        .enumerate()
                        .filter(move |(_, c)| c.round == round && c.step == step)
                };
                let (i, conflict) = at_step()
                    .find(|(i, _)| self.folder.conflict_members(*i).contains(&keep))
                    .or_else(|| at_step().next())
                    .ok_or(CommandError::NoSuchConflict { round, step })?;
                let at = sop.step(step).expect("conflicts are on SOP steps");
                if conflict.record.is_some() && !may_correct(sop, &ctx.author.role, at) {
                    let name = |id: &_| sop.actor(id).map(|a| a.name.clone()).unwrap_or_default();
                    return Err(CommandError::WrongCorrector {
                        step,
                        acting: name(&ctx.author.role),
                        allowed: correctors(sop, at).iter().map(name).collect(),
                    });
                } else if conflict.record.is_none() {
                    check_role(sop, ctx, at)?;
                }
                let all = self.folder.conflict_members(i);
                if !all.contains(&keep) {
                    return Err(CommandError::NotInConflict(keep));
                }
                let mut c = fields::Checker::default();
                c.text("reason", &reason);
                c.finish().map_err(CommandError::Invalid)?;
                // Corrections with the kept one's values stand with it.
                let values = |id: &EventId| {
                    self.events
                        .iter()
                        .find(|e| &e.id == id)
                        .and_then(|e| match &e.body {
                            EventBody::StepCorrected { data, letter, .. } => Some((data, letter)),
                            _ => None,
                        })
                };
                let kept = values(&keep);
                let discard = all
                    .into_iter()
                    .filter(|e| *e != keep && (kept.is_none() || values(e) != kept))
                    .collect();
                Ok(EventBody::ConflictResolved {
                    round,
                    step,
                    keep,
                    discard,
                    reason,
                })
            }
        }
    }

    pub fn summary(&self) -> CaseSummary {
        CaseSummary::of(self.state())
    }

    /// Merges another copy's events into this case: the union of both histories (by
    /// event id), replayed. Events that two offices recorded differently for the same step
    /// come out as an explicit conflict; nothing is dropped.
    pub fn merge(&self, sop: &Sop, other: &[Event]) -> Result<Case, ReplayError> {
        let mut events = self.events.clone();
        let known: HashMap<&EventId, &Event> = self.events.iter().map(|e| (&e.id, e)).collect();
        for event in other {
            match known.get(&event.id) {
                Some(mine) if *mine == event => {}
                Some(_) => return Err(ReplayError::DuplicateId(event.id.clone())),
                None => events.push(event.clone()),
            }
        }
        if events.len() == self.events.len() {
            return Ok(self.clone());
        }
        // Only the incoming events need their hashes checked: this copy's own were checked
        // when they were recorded or loaded. Saves most of the cost of merging a file.
        verify_some(&events, self.events.len())?;
        let (events, folder) = fold::fold(sop, events)?;
        Ok(Case { events, folder })
    }

    /// Deadlines, overdue flags and the permit status at `now`.
    pub fn status_at(&self, sop: &Sop, now: DateTime<Utc>, calendar: &Calendar) -> CaseStatus {
        status::status(&self.summary(), sop, now, calendar)
    }
}

fn check_author(sop: &Sop, ctx: &Ctx) -> Result<(), CommandError> {
    if ctx.author.name.trim().is_empty() {
        return Err(CommandError::NoName);
    }
    let Some(role) = sop.actor(&ctx.author.role) else {
        return Err(CommandError::UnknownRole(ctx.author.role.to_string()));
    };
    // Only Dinas staff record: the applicant's, OSS's and SIINAS's steps are recorded by
    // the role the SOP names for them (the Operator).
    if role.kind != ActorKind::Office {
        return Err(CommandError::NotOfficeRole {
            acting: role.name.clone(),
        });
    }
    Ok(())
}

fn check_role(sop: &Sop, ctx: &Ctx, step: &crate::core::sop::Step) -> Result<(), CommandError> {
    if sop.may_act(&ctx.author.role, step) {
        return Ok(());
    }
    let name = |id| sop.actor(id).map(|a| a.name.clone()).unwrap_or_default();
    Err(CommandError::WrongRole {
        step: step.no,
        acting: name(&ctx.author.role),
        allowed: sop.roles_for(step).iter().map(name).collect(),
    })
}

fn event_from(ctx: &Ctx, case_id: CaseId, follows: Vec<EventId>, body: EventBody) -> Event {
    Event {
        id: ctx.event_id.clone(),
        case_id,
        office: ctx.office.clone(),
        seq: ctx.seq,
        author: Author {
            role: ctx.author.role.clone(),
            name: ctx.author.name.trim().to_string(),
        },
        at: ctx.at,
        follows,
        body,
        hash: Hash::of(b""),
    }
}

fn seal(mut event: Event, parents: &HashMap<&EventId, &Hash>) -> Event {
    event.hash = event
        .compute_hash(parents)
        .expect("a new event follows known events");
    event
}

/// Checks that each event's hash matches its content and its parents' hashes.
pub fn verify_hashes(events: &[Event]) -> Result<(), ReplayError> {
    verify_some(events, 0)
}

/// Checks the hashes of `events[from..]`; their parents may be anywhere in `events`.
fn verify_some(events: &[Event], from: usize) -> Result<(), ReplayError> {
    let hashes: HashMap<&EventId, &Hash> = events.iter().map(|e| (&e.id, &e.hash)).collect();
    for event in &events[from..] {
        match event.compute_hash(&hashes) {
            Some(hash) if hash == event.hash => {}
            Some(_) => return Err(ReplayError::Integrity(event.id.clone())),
            None => {
                let parent = event
                    .follows
                    .iter()
                    .find(|p| !hashes.contains_key(p))
                    .cloned()
                    .unwrap_or_else(|| event.id.clone());
                return Err(ReplayError::UnknownParent {
                    event: event.id.clone(),
                    parent,
                });
            }
        }
    }
    Ok(())
}
