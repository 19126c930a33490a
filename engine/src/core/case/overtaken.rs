//! A form left open while the case moved on elsewhere (another tab, an imported file):
//! what the form was opened for, and what happened to that step since. The step panel
//! keeps what the person typed and says this instead of silently showing the next step.

use chrono::{DateTime, Utc};

use super::event::{Author, OfficeId};
use super::state::{CaseState, Position};
use super::Case;
use crate::core::sop::StepNo;

/// Where a case stood when a step's form was opened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Seen {
    pub position: Position,
    pub round: u32,
    /// Steps done so far (a step redone after a return has the same position and round).
    pub path_len: usize,
    /// How many times the current step was already done in this round.
    done_before: usize,
}

impl Seen {
    pub fn of(state: &CaseState) -> Seen {
        let round = state.round_number();
        Seen {
            position: state.position,
            round,
            path_len: state.path.len(),
            done_before: state
                .position
                .step()
                .map_or(0, |step| done(state, round, step)),
        }
    }
}

/// What happened to the step a form was opened for.
#[derive(Clone, Debug, PartialEq)]
pub enum Overtaken {
    /// The step was completed: by whom, when, and by which copy (this one: another tab).
    Completed {
        step: StepNo,
        round: u32,
        author: Author,
        at: DateTime<Utc>,
        office: OfficeId,
        now: Position,
    },
    /// The case moved otherwise (e.g. a conflict settled): it now stands at `now`.
    Moved { step: StepNo, now: Position },
}

impl Overtaken {
    pub fn step(&self) -> StepNo {
        match self {
            Overtaken::Completed { step, .. } | Overtaken::Moved { step, .. } => *step,
        }
    }

    /// Where the case stands now.
    pub fn now(&self) -> Position {
        match self {
            Overtaken::Completed { now, .. } | Overtaken::Moved { now, .. } => *now,
        }
    }
}

fn done(state: &CaseState, round: u32, step: StepNo) -> usize {
    state
        .path
        .iter()
        .filter(|p| p.round == round && p.step == step)
        .count()
}

impl Case {
    /// What happened since a form was opened at `seen`; `None` while the case still stands
    /// there (or the form was for no step).
    pub fn overtaken(&self, seen: &Seen) -> Option<Overtaken> {
        let state = self.state();
        let step = seen.position.step()?;
        if Seen::of(state) == *seen {
            return None;
        }
        let completion = state
            .path
            .iter()
            .filter(|p| p.round == seen.round && p.step == step)
            .nth(seen.done_before);
        let now = state.position;
        Some(match completion {
            Some(entry) => Overtaken::Completed {
                step,
                round: seen.round,
                author: entry.author.clone(),
                at: entry.at,
                office: self
                    .events()
                    .iter()
                    .find(|e| e.id == entry.event)
                    .map(|e| e.office.clone())
                    .expect("a path entry is an event of the case"),
                now,
            },
            None => Overtaken::Moved { step, now },
        })
    }
}
