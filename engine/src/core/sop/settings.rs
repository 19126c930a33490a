//! An office's changes to the SOP's inferred data: who acts at a step and its time
//! standard (both marked [I] in the brief). Stored in Pengaturan, applied on top of the
//! shipped definition.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::{ActorId, SopDefinition, SopError, StepNo, TimeStandard};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SopSettings {
    /// Step number -> actor that performs it.
    pub actors: BTreeMap<StepNo, ActorId>,
    /// Step number -> time standard (`None`: no time standard).
    pub times: BTreeMap<StepNo, Option<TimeStandard>>,
}

impl SopSettings {
    pub fn is_default(&self) -> bool {
        self.actors.is_empty() && self.times.is_empty()
    }

    pub(super) fn apply_to(&self, def: &mut SopDefinition) -> Result<(), SopError> {
        let unknown = |no: StepNo| SopError::Invalid {
            step: Some(no),
            reason: "langkah ini tidak ada dalam SOP".into(),
        };
        for (&no, actor) in &self.actors {
            let step = def
                .steps
                .iter_mut()
                .find(|s| s.no == no)
                .ok_or_else(|| unknown(no))?;
            step.actor = actor.clone();
        }
        for (&no, time) in &self.times {
            let step = def
                .steps
                .iter_mut()
                .find(|s| s.no == no)
                .ok_or_else(|| unknown(no))?;
            step.time = *time;
        }
        Ok(())
    }
}
