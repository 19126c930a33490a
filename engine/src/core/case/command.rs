//! Commands a person gives a case, the context they are given in, and why one is refused.

use std::fmt;

use chrono::{DateTime, NaiveDate, Utc};

use super::event::{Author, EventId, OfficeId};
use super::fields::FieldError;
use super::replay_error::ReplayError;
use super::state::Position;
use super::step_data::StepData;
use crate::core::register::LetterEntry;
use crate::core::sop::StepNo;
use crate::i18n::{dates, field_label, Lang};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    /// Record the current step as done, with what its form asks for.
    Complete { step: StepNo, data: StepData },
    /// The same, for a step that receives or sends a letter, with its buku agenda entry.
    CompleteWithLetter {
        step: StepNo,
        data: StepData,
        letter: Box<LetterEntry>,
    },
    /// Correct what a recorded step recorded (koreksi), with a reason. `corrects` is the
    /// record, or its latest correction, whose values the new ones were edited from: when
    /// another correction came in meanwhile the command is refused, as a stale step is.
    /// `letter`: the step's buku agenda entry, for a step that has one.
    Correct {
        corrects: EventId,
        data: StepData,
        letter: Option<Box<LetterEntry>>,
        reason: String,
    },
    /// Settle a conflict: `keep` stands, the other events of the conflict are set aside.
    ResolveConflict {
        round: u32,
        step: StepNo,
        keep: EventId,
        reason: String,
    },
}

/// Who acts, where and when; and the id the resulting event gets. The caller supplies the
/// clock and the ids, so the core stays deterministic.
#[derive(Clone, Debug, PartialEq)]
pub struct Ctx {
    pub event_id: EventId,
    pub office: OfficeId,
    pub seq: u64,
    pub at: DateTime<Utc>,
    pub author: Author,
}

#[derive(Clone, Debug, PartialEq)]
pub enum CommandError {
    /// The person did not give their name.
    NoName,
    UnknownRole(String),
    /// Only Dinas staff record (open a case, complete a step); outside actors' steps are
    /// recorded by the Operator.
    NotOfficeRole {
        acting: String,
    },
    /// Only `allowed` may act on this step.
    WrongRole {
        step: StepNo,
        acting: String,
        allowed: Vec<String>,
    },
    /// The step asked for is not the current one (e.g. a tab left open).
    NotCurrent {
        requested: StepNo,
        position: Position,
    },
    Finished,
    /// The 3-month commitment deadline passed before the permit became effective (Pasal 31).
    PermitVoid {
        deadline: NaiveDate,
    },
    WrongForm {
        step: StepNo,
    },
    Invalid(Vec<FieldError>),
    /// A conflict must be resolved before the case goes on.
    OpenConflict {
        round: u32,
        step: StepNo,
    },
    NoSuchConflict {
        round: u32,
        step: StepNo,
    },
    NotInConflict(EventId),
    /// A correction names an event that is not a record of a step (or a correction of one).
    NotCorrectable(EventId),
    /// A correction of a record (or of a correction) that no longer stands: set aside by
    /// a conflict's resolution.
    SetAside(EventId),
    /// The record was corrected again since the form was filled (another tab or office).
    CorrectedMeanwhile {
        step: StepNo,
    },
    /// Only `allowed` may correct what this step recorded.
    WrongCorrector {
        step: StepNo,
        acting: String,
        allowed: Vec<String>,
    },
    /// A correction needs a reason.
    NoReason,
    /// A correction may not change the fields (form keys) the path depends on.
    DecidesPath {
        step: StepNo,
        fields: Vec<&'static str>,
    },
    /// The correction changes nothing.
    NothingChanged {
        step: StepNo,
    },
    /// A letter's agenda number is corrected in the book that gave it, at its office.
    LetterOfOtherOffice {
        office_name: String,
    },
    /// The event the command would record does not replay on this history (a safeguard:
    /// decided events always replay).
    DoesNotReplay(ReplayError),
}

impl CommandError {
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            CommandError::NoName if en => "Type your name in \"Acting as\" first.".into(),
            CommandError::NoName => "Isi nama Anda pada \"Bertindak sebagai\" terlebih dahulu.".into(),
            CommandError::UnknownRole(r) if en => format!("Unknown role '{r}'."),
            CommandError::UnknownRole(r) => format!("Peran '{r}' tidak dikenal."),
            CommandError::NotOfficeRole { acting } if en => format!(
                "Only Dinas staff record in Sopir (the applicant's, OSS's and SIINAS's steps are recorded by the Operator); you are acting as {acting}."
            ),
            CommandError::NotOfficeRole { acting } => format!(
                "Hanya pegawai Dinas yang mencatat di Sopir (langkah Pemohon, OSS dan SIINAS dicatat oleh Operator); Anda bertindak sebagai {acting}."
            ),
            CommandError::WrongRole { step, acting, allowed } if en => format!(
                "Step {step} is done by {}; you are acting as {acting}.",
                allowed.join(" or ")
            ),
            CommandError::WrongRole { step, acting, allowed } => format!(
                "Langkah {step} dikerjakan oleh {}; Anda bertindak sebagai {acting}.",
                allowed.join(" atau ")
            ),
            CommandError::NotCurrent { requested, position } => match (position, en) {
                (Position::At(now), true) => format!(
                    "Step {requested} is no longer open: the case is now at step {now}. The page has been refreshed."
                ),
                (Position::At(now), false) => format!(
                    "Langkah {requested} sudah tidak aktif: kasus kini berada di langkah {now}. Halaman telah diperbarui."
                ),
                (Position::Finished, true) => "This case is finished.".into(),
                (Position::Finished, false) => "Kasus ini sudah selesai.".into(),
            },
            CommandError::Finished if en => "This case is finished.".into(),
            CommandError::Finished => "Kasus ini sudah selesai.".into(),
            CommandError::PermitVoid { deadline } if en => format!(
                "The Izin Perluasan is void: the commitments were not met by {} (Permenperin 15/2019 Pasal 31).",
                dates::day_date(*deadline, lang)
            ),
            CommandError::PermitVoid { deadline } => format!(
                "Izin Perluasan telah batal: komitmen tidak terpenuhi sampai {} (Permenperin 15/2019 Pasal 31).",
                dates::day_date(*deadline, lang)
            ),
            CommandError::WrongForm { step } if en => format!("The data does not fit step {step}."),
            CommandError::WrongForm { step } => format!("Isian tidak sesuai untuk langkah {step}."),
            CommandError::Invalid(errors) if en => format!(
                "Some fields need attention ({}).",
                errors.len()
            ),
            CommandError::Invalid(errors) => format!(
                "Ada isian yang perlu diperbaiki ({}).",
                errors.len()
            ),
            CommandError::OpenConflict { round, step } if en => format!(
                "Two records of step {step} (round {round}) conflict; resolve the conflict first."
            ),
            CommandError::OpenConflict { round, step } => format!(
                "Ada dua catatan berbeda untuk langkah {step} (putaran {round}); selesaikan konflik terlebih dahulu."
            ),
            CommandError::NoSuchConflict { round, step } if en => {
                format!("There is no conflict at step {step}, round {round}.")
            }
            CommandError::NoSuchConflict { round, step } => {
                format!("Tidak ada konflik di langkah {step}, putaran {round}.")
            }
            CommandError::NotInConflict(e) if en => format!("Event {e} is not part of this conflict."),
            CommandError::NotInConflict(e) => format!("Kejadian {e} bukan bagian dari konflik ini."),
            CommandError::NotCorrectable(e) if en => {
                format!("Event {e} is not a record of a step that can be corrected.")
            }
            CommandError::NotCorrectable(e) => {
                format!("Kejadian {e} bukan catatan langkah yang dapat dikoreksi.")
            }
            CommandError::SetAside(e) if en => format!(
                "Record {e} was set aside when a conflict was resolved; only records that stand can be corrected."
            ),
            CommandError::SetAside(e) => format!(
                "Catatan {e} telah dikesampingkan saat konflik diselesaikan; hanya catatan yang berlaku yang dapat dikoreksi."
            ),
            CommandError::CorrectedMeanwhile { step } if en => format!(
                "Step {step} was corrected in the meantime (in another tab or office). The page has been refreshed: check the values and correct again if needed."
            ),
            CommandError::CorrectedMeanwhile { step } => format!(
                "Catatan langkah {step} baru saja dikoreksi (di tab atau kantor lain). Halaman telah diperbarui: periksa nilainya, lalu koreksi lagi bila perlu."
            ),
            CommandError::WrongCorrector { step, acting, allowed } if en => format!(
                "What step {step} recorded can be corrected by {}; you are acting as {acting}.",
                allowed.join(" or ")
            ),
            CommandError::WrongCorrector { step, acting, allowed } => format!(
                "Catatan langkah {step} hanya dapat dikoreksi oleh {}; Anda bertindak sebagai {acting}.",
                allowed.join(" atau ")
            ),
            CommandError::NoReason if en => {
                "Give the reason for the correction: a correction is not recorded without one.".into()
            }
            CommandError::NoReason => {
                "Isi alasan koreksi: koreksi tidak dicatat tanpa alasan.".into()
            }
            CommandError::DecidesPath { step, fields } => {
                let names: Vec<String> = fields.iter().map(|f| field_label(f, lang)).collect();
                if en {
                    format!(
                        "A correction cannot change {} of step {step}: it decides the path the case takes. To change it, return the file at step 13 or start a new round.",
                        names.join(", ")
                    )
                } else {
                    format!(
                        "Koreksi tidak dapat mengubah {} pada langkah {step}: isian itu menentukan alur kasus. Untuk mengubahnya, kembalikan berkas pada langkah 13 (perbaikan) atau mulai putaran baru.",
                        names.join(", ")
                    )
                }
            }
            CommandError::NothingChanged { step } if en => format!(
                "Nothing was changed: the values are those step {step} records now."
            ),
            CommandError::NothingChanged { step } => format!(
                "Tidak ada yang berubah: nilainya sama dengan yang kini tercatat pada langkah {step}."
            ),
            CommandError::LetterOfOtherOffice { office_name } if en => format!(
                "This letter's agenda number comes from the buku agenda of {office_name}; its letter can only be corrected there."
            ),
            CommandError::LetterOfOtherOffice { office_name } => format!(
                "Nomor agenda surat ini berasal dari buku agenda {office_name}; suratnya hanya dapat dikoreksi di kantor itu."
            ),
            CommandError::DoesNotReplay(e) if en => format!(
                "Not recorded: the case history would not replay ({}). Please report this.",
                e.message(lang)
            ),
            CommandError::DoesNotReplay(e) => format!(
                "Tidak dicatat: riwayat kasus tidak dapat diputar ulang ({}). Mohon laporkan hal ini.",
                e.message(lang)
            ),
        }
    }

    /// The field errors, when the refusal is about form fields.
    pub fn field_errors(&self) -> &[FieldError] {
        match self {
            CommandError::Invalid(errors) => errors,
            _ => &[],
        }
    }
}

impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for CommandError {}
