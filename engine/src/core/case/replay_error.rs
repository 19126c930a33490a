//! Why a history cannot be replayed under the SOP (an imported file, a corrupt store).

use std::fmt;

use super::event::EventId;
use super::fields::FieldError;
use crate::core::sop::StepNo;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum ReplayError {
    Empty,
    DuplicateId(EventId),
    UnknownParent {
        event: EventId,
        parent: EventId,
    },
    Cycle(EventId),
    /// The opening event follows other events.
    NotFirst(EventId),
    SecondOpening(EventId),
    /// An event before the case was opened.
    NotOpened(EventId),
    /// An event of another case mixed in.
    OtherCase(EventId),
    DoesNotFollowSop {
        event: EventId,
        detail: String,
    },
    InvalidData {
        event: EventId,
        step: StepNo,
        errors: Vec<FieldError>,
    },
    /// An event's stored hash does not match its content.
    Integrity(EventId),
}

impl ReplayError {
    pub fn event(&self) -> Option<&EventId> {
        match self {
            ReplayError::Empty => None,
            ReplayError::DuplicateId(e)
            | ReplayError::Cycle(e)
            | ReplayError::NotFirst(e)
            | ReplayError::SecondOpening(e)
            | ReplayError::NotOpened(e)
            | ReplayError::OtherCase(e)
            | ReplayError::Integrity(e)
            | ReplayError::UnknownParent { event: e, .. }
            | ReplayError::DoesNotFollowSop { event: e, .. }
            | ReplayError::InvalidData { event: e, .. } => Some(e),
        }
    }

    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            ReplayError::Empty if en => "The case has no opening event.".into(),
            ReplayError::Empty => "Kasus tidak punya kejadian pembukaan.".into(),
            ReplayError::DuplicateId(e) if en => format!("Event {e} appears twice."),
            ReplayError::DuplicateId(e) => format!("Kejadian {e} muncul dua kali."),
            ReplayError::UnknownParent { event, parent } if en => {
                format!("Event {event} follows {parent}, which is missing.")
            }
            ReplayError::UnknownParent { event, parent } => {
                format!("Kejadian {event} mengikuti {parent} yang tidak ada.")
            }
            ReplayError::Cycle(e) if en => format!("The history loops back on itself at {e}."),
            ReplayError::Cycle(e) => format!("Riwayat berputar kembali pada kejadian {e}."),
            ReplayError::NotFirst(e) if en => format!("Opening event {e} is not the first."),
            ReplayError::NotFirst(e) => format!("Kejadian pembukaan {e} bukan yang pertama."),
            ReplayError::SecondOpening(e) if en => {
                format!("Event {e} opens the case a second time.")
            }
            ReplayError::SecondOpening(e) => {
                format!("Kejadian {e} membuka kasus untuk kedua kalinya.")
            }
            ReplayError::NotOpened(e) if en => {
                format!("Event {e} comes before the case was opened.")
            }
            ReplayError::NotOpened(e) => format!("Kejadian {e} tercatat sebelum kasus dibuka."),
            ReplayError::OtherCase(e) if en => format!("Event {e} belongs to another case."),
            ReplayError::OtherCase(e) => format!("Kejadian {e} milik kasus lain."),
            ReplayError::DoesNotFollowSop { event, detail } if en => {
                format!("Event {event} does not follow the SOP ({detail}).")
            }
            ReplayError::DoesNotFollowSop { event, detail } => {
                format!("Kejadian {event} tidak sesuai SOP: {detail}.")
            }
            ReplayError::InvalidData {
                event,
                step,
                errors,
            } => {
                let fields: Vec<String> = errors
                    .iter()
                    .map(|e| format!("{} ({})", e.field, e.problem.message(lang)))
                    .collect();
                if en {
                    format!(
                        "Event {event} at step {step} has invalid data: {}",
                        fields.join("; ")
                    )
                } else {
                    format!(
                        "Kejadian {event} di langkah {step} berisi data tidak sah: {}",
                        fields.join("; ")
                    )
                }
            }
            ReplayError::Integrity(e) if en => {
                format!("Integrity check failed: event {e} was changed after it was recorded.")
            }
            ReplayError::Integrity(e) => {
                format!("Pemeriksaan keutuhan gagal: kejadian {e} telah diubah setelah dicatat.")
            }
        }
    }
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for ReplayError {}
