//! Corrections (koreksi) of what a recorded step recorded: who may make one, what it may
//! change, and the event it becomes. The original record stays in the history as it was;
//! the fold applies the latest correction's values in its place (rule 5 in `fold`).

use super::command::{CommandError, Ctx};
use super::event::{EventBody, EventId};
use super::fields::{Checker, MAX_TEXT};
use super::step_data::StepData;
use super::Case;
use crate::core::calendar::wib_date;
use crate::core::register::{check_entry, LetterEntry};
use crate::core::sop::{ActorId, Sop, Step, StepNo};

/// Besides a step's own roles, the Kasi and the Kabid may correct what it recorded: they
/// supervise the procedure (actor ids of `data/sop-izin-perluasan.toml`).
pub const SUPERVISORS: [&str; 2] = ["kasi", "kabid"];

/// The roles that may correct what `step` recorded: its own, then the supervisors.
pub fn correctors(sop: &Sop, step: &Step) -> Vec<ActorId> {
    let mut roles = sop.roles_for(step);
    for id in SUPERVISORS {
        let id = ActorId::new(id);
        if sop.actor(&id).is_some() && !roles.contains(&id) {
            roles.push(id);
        }
    }
    roles
}

pub fn may_correct(sop: &Sop, role: &ActorId, step: &Step) -> bool {
    correctors(sop, step).contains(role)
}

/// A record of a step that stands, with the values it has now (its latest correction's,
/// if it was corrected).
#[derive(Clone, Debug, PartialEq)]
pub struct Recorded<'a> {
    pub round: u32,
    pub step: StepNo,
    /// The record (`StepCompleted`).
    pub record: &'a EventId,
    /// The record, or its correction whose values stand: what a new correction names.
    pub latest: &'a EventId,
    pub data: &'a StepData,
    pub letter: Option<&'a LetterEntry>,
}

impl Case {
    /// The record `record` of a step with its values now, if it stands on the path.
    pub fn recorded(&self, record: &EventId) -> Option<Recorded<'_>> {
        let state = self.state();
        let entry = state.path.iter().find(|p| &p.event == record)?;
        let latest = state.corrected(record).map_or(&entry.event, |c| &c.latest);
        let event = self.events().iter().find(|e| &e.id == latest)?;
        let (data, letter) = match &event.body {
            EventBody::StepCompleted { data, letter, .. }
            | EventBody::StepCorrected { data, letter, .. } => (data, letter.as_deref()),
            _ => return None,
        };
        Some(Recorded {
            round: entry.round,
            step: entry.step,
            record: &entry.event,
            latest,
            data,
            letter,
        })
    }

    /// The record of a step that `id` (the record, or a correction of it) belongs to.
    pub fn record_of<'a>(&'a self, id: &'a EventId) -> Option<&'a EventId> {
        let mut id = id;
        // A chain of corrections is never longer than the history.
        for _ in 0..=self.events().len() {
            match &self.events().iter().find(|e| &e.id == id)?.body {
                EventBody::StepCompleted { .. } => return Some(id),
                EventBody::StepCorrected { corrects, .. } => id = corrects,
                _ => return None,
            }
        }
        None
    }

    /// Decides a correction of the record `corrects` names (see `Command::Correct`).
    pub(super) fn correct(
        &self,
        sop: &Sop,
        ctx: &Ctx,
        corrects: EventId,
        data: StepData,
        letter: Option<Box<LetterEntry>>,
        reason: String,
    ) -> Result<EventBody, CommandError> {
        let state = self.state();
        if let Some(conflict) = state.conflicts.first() {
            return Err(CommandError::OpenConflict {
                round: conflict.round,
                step: conflict.step,
            });
        }
        let record = self
            .record_of(&corrects)
            .ok_or_else(|| CommandError::NotCorrectable(corrects.clone()))?;
        let Some(now) = self.recorded(record) else {
            return Err(CommandError::SetAside(corrects.clone()));
        };
        if *now.latest != corrects {
            return Err(if state.superseded.contains(&corrects) {
                CommandError::SetAside(corrects.clone())
            } else {
                CommandError::CorrectedMeanwhile { step: now.step }
            });
        }
        let step = sop.step(now.step).expect("records are of SOP steps");
        if !may_correct(sop, &ctx.author.role, step) {
            let name = |id: &ActorId| sop.actor(id).map(|a| a.name.clone()).unwrap_or_default();
            return Err(CommandError::WrongCorrector {
                step: step.no,
                acting: name(&ctx.author.role),
                allowed: correctors(sop, step).iter().map(name).collect(),
            });
        }
        let reason = reason.trim().to_string();
        if reason.is_empty() {
            return Err(CommandError::NoReason);
        }
        let mut c = Checker::default();
        c.max_len("correction.reason", &reason, MAX_TEXT);
        c.finish().map_err(CommandError::Invalid)?;
        if data.form() != step.form {
            return Err(CommandError::WrongForm { step: step.no });
        }
        let fields = now.data.path_changes(&data);
        if !fields.is_empty() {
            return Err(CommandError::DecidesPath {
                step: step.no,
                fields,
            });
        }
        let today = wib_date(ctx.at);
        let mut errors = data.validate(today).err().unwrap_or_default();
        match (&letter, now.letter) {
            (None, Some(_)) => return Err(CommandError::WrongForm { step: step.no }),
            (None, None) => {}
            (Some(new), before) => {
                let number = data.document_number().map(|(n, _)| n);
                errors.extend(
                    check_entry(step.no, new, number, today)
                        .err()
                        .unwrap_or_default(),
                );
                let book = before.map_or(&ctx.office, |b| &b.office);
                let changed = before != Some(&**new);
                if new.office != *book || (changed && new.office != ctx.office) {
                    return Err(CommandError::LetterOfOtherOffice {
                        office_name: before
                            .map_or(new.office_name.clone(), |b| b.office_name.clone()),
                    });
                }
            }
        }
        if !errors.is_empty() {
            return Err(CommandError::Invalid(errors));
        }
        if data == *now.data && letter.as_deref() == now.letter {
            return Err(CommandError::NothingChanged { step: step.no });
        }
        Ok(EventBody::StepCorrected {
            round: now.round,
            step: now.step,
            corrects,
            data,
            letter,
            reason,
        })
    }
}
