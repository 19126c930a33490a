//! Why a history cannot be replayed under the SOP (an imported file, a corrupt store).

use std::fmt;

use super::event::{Event, EventBody, EventId};
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

/// Where an event sits in its case, for messages: people know steps, not event ids.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EventPlace {
    Opening,
    Step {
        round: u32,
        step: StepNo,
    },
    /// The resolution of a conflict at a step.
    Resolution {
        step: StepNo,
    },
    /// A correction (koreksi) of a step's record.
    Correction {
        round: u32,
        step: StepNo,
    },
    /// Not found in the history at hand, or an event of another kind.
    Unknown,
}

impl EventPlace {
    pub fn of(event: &Event) -> EventPlace {
        if let EventBody::Opened { .. } = &event.body {
            EventPlace::Opening
        } else if let Some((round, step)) = event.step() {
            EventPlace::Step { round, step }
        } else if let EventBody::ConflictResolved { step, .. } = &event.body {
            EventPlace::Resolution { step: *step }
        } else if let EventBody::StepCorrected { round, step, .. } = &event.body {
            EventPlace::Correction {
                round: *round,
                step: *step,
            }
        } else {
            EventPlace::Unknown
        }
    }

    /// The place of the event `id` among `events`.
    pub fn find(events: &[Event], id: &EventId) -> EventPlace {
        events
            .iter()
            .find(|e| &e.id == id)
            .map_or(EventPlace::Unknown, EventPlace::of)
    }

    /// "langkah 6", "langkah 6 (putaran 2)", "pembukaan kasus", "penyelesaian konflik
    /// langkah 9".
    pub fn describe(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            EventPlace::Opening if en => "opening of the case".into(),
            EventPlace::Opening => "pembukaan kasus".into(),
            EventPlace::Step { round, step } if *round > 1 && en => {
                format!("step {step} (round {round})")
            }
            EventPlace::Step { round, step } if *round > 1 => {
                format!("langkah {step} (putaran {round})")
            }
            EventPlace::Step { step, .. } if en => format!("step {step}"),
            EventPlace::Step { step, .. } => format!("langkah {step}"),
            EventPlace::Resolution { step } if en => format!("conflict resolution of step {step}"),
            EventPlace::Resolution { step } => format!("penyelesaian konflik langkah {step}"),
            EventPlace::Correction { round, step } => {
                let at = EventPlace::Step {
                    round: *round,
                    step: *step,
                }
                .describe(lang);
                if en {
                    format!("correction of {at}")
                } else {
                    format!("koreksi {at}")
                }
            }
            EventPlace::Unknown if en => "a record".into(),
            EventPlace::Unknown => "sebuah catatan".into(),
        }
    }

    /// "the record of step 6" / "catatan langkah 6".
    fn record(&self, lang: Lang) -> String {
        match (self, lang) {
            (EventPlace::Unknown, _) => self.describe(lang),
            (_, Lang::En) => format!("the record of the {}", self.describe(lang)),
            (_, Lang::Id) => format!("catatan {}", self.describe(lang)),
        }
    }
}

impl ReplayError {
    /// The message with the event named by its place (`EventPlace`) instead of its id, for
    /// people reading an import's refusal.
    pub fn message_at(&self, lang: Lang, place: &EventPlace) -> String {
        let en = lang == Lang::En;
        let record = capitalize(&place.record(lang));
        match self {
            ReplayError::Empty => self.message(lang),
            ReplayError::DuplicateId(_) if en => format!("{record} appears twice."),
            ReplayError::DuplicateId(_) => format!("{record} muncul dua kali."),
            ReplayError::UnknownParent { .. } if en => {
                format!("{record} follows a record that is missing.")
            }
            ReplayError::UnknownParent { .. } => {
                format!("{record} mengikuti catatan yang tidak ada.")
            }
            ReplayError::Cycle(_) if en => format!(
                "The history loops back on itself at {}.",
                place.record(lang)
            ),
            ReplayError::Cycle(_) => {
                format!("Riwayat berputar kembali pada {}.", place.record(lang))
            }
            ReplayError::NotFirst(_) if en => {
                "The opening of the case is not its first record.".into()
            }
            ReplayError::NotFirst(_) => "Pembukaan kasus bukan catatan yang pertama.".into(),
            ReplayError::SecondOpening(_) if en => "The case is opened a second time.".into(),
            ReplayError::SecondOpening(_) => "Kasus dibuka untuk kedua kalinya.".into(),
            ReplayError::NotOpened(_) if en => {
                format!("{record} comes before the case was opened.")
            }
            ReplayError::NotOpened(_) => format!("{record} tercatat sebelum kasus dibuka."),
            ReplayError::OtherCase(_) if en => format!("{record} belongs to another case."),
            ReplayError::OtherCase(_) => format!("{record} milik kasus lain."),
            ReplayError::DoesNotFollowSop { detail, .. } if en => {
                format!("{record} does not follow the SOP ({detail}).")
            }
            ReplayError::DoesNotFollowSop { detail, .. } => {
                format!("{record} tidak sesuai SOP: {detail}.")
            }
            ReplayError::InvalidData { step, errors, .. } => {
                let fields: Vec<String> = errors
                    .iter()
                    .map(|e| format!("{} ({})", e.field, e.problem.message(lang)))
                    .collect();
                if en {
                    format!(
                        "The record of step {step} has invalid data: {}",
                        fields.join("; ")
                    )
                } else {
                    format!(
                        "Catatan langkah {step} berisi data tidak sah: {}",
                        fields.join("; ")
                    )
                }
            }
            ReplayError::Integrity(_) if en => format!(
                "Integrity check failed: {} was changed after it was recorded.",
                place.record(lang)
            ),
            ReplayError::Integrity(_) => format!(
                "Pemeriksaan keutuhan gagal: {} telah diubah setelah dicatat.",
                place.record(lang)
            ),
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl fmt::Display for ReplayError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for ReplayError {}
