//! What each step records: one variant per form kind of the SOP data (`isian`).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::bap::{Bap, MAX_TEAM};
use super::fields::{Checker, FieldError, Problem, MAX_LINE};
use crate::core::sop::FormKind;

/// A member of the Tim Teknis named in the Surat Tugas.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TeamMember {
    pub name: String,
    #[serde(default)]
    pub nip: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum StepData {
    /// Step 1: OSS issues the Izin Perluasan, not yet effective.
    IpIssued {
        number: String,
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
    },
    /// Step 2: the applicant's request for technical verification in SIINAS.
    VerificationRequested {
        number: String,
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
    },
    /// Step 3: industry data submitted through SIINAS (Pasal 27(2)a, 28).
    IndustryData {
        #[serde(with = "crate::wire::date_text")]
        notified_on: NaiveDate,
    },
    /// Step 4: the applicant's file received through SIINAS.
    FileReceived {
        #[serde(with = "crate::wire::date_text")]
        received_on: NaiveDate,
        note: String,
    },
    /// A letter the step produces (cover note, Surat Pengantar).
    Letter {
        number: String,
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
        note: String,
    },
    /// Step 6: the Kabid's disposition and the Surat Tugas.
    Disposition {
        instruction: String,
        surat_tugas_number: String,
        #[serde(with = "crate::wire::date_text")]
        surat_tugas_date: NaiveDate,
    },
    /// Step 7: the Tim Teknis assigned.
    TeamAssignment { members: Vec<TeamMember> },
    /// Step 8: verification by document check.
    DocumentCheck { findings: String },
    /// Step 9: is a field inspection needed? (Pasal 29)
    InspectionDecision { needed: bool, reason: String },
    /// Step 10: the field inspection.
    FieldInspection {
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
        location: String,
        findings: String,
    },
    /// Step 11: the Berita Acara Pemeriksaan (Lampiran III).
    Bap(Box<Bap>),
    /// Step 13: complete, or returned for correction with a reason.
    CompletenessCheck { complete: bool, reason: String },
    /// Step 14: the Kepala Dinas signs the cover letter.
    Signature {
        #[serde(with = "crate::wire::date_text")]
        signed_on: NaiveDate,
    },
    /// Steps 15-16: an order or assignment.
    Instruction { to: String, note: String },
    /// Step 17: the BAP uploaded to SIINAS and the tembusan sent to DPMPTSP.
    BapUpload {
        #[serde(with = "crate::wire::date_text")]
        uploaded_on: NaiveDate,
        #[serde(with = "crate::wire::date_text")]
        tembusan_sent_on: NaiveDate,
    },
    /// Step 18: SIINAS issues the Berita Acara Pemenuhan Komitmen.
    CommitmentReport {
        number: String,
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
    },
    /// Step 19: SIINAS notifies OSS; the outcome follows from the BAP.
    OssNotified {
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
    },
    /// Step 20: OSS notifies the applicant.
    ApplicantNotified {
        #[serde(with = "crate::wire::date_text")]
        date: NaiveDate,
    },
}

impl StepData {
    pub fn form(&self) -> FormKind {
        match self {
            StepData::IpIssued { .. } => FormKind::IpIssued,
            StepData::VerificationRequested { .. } => FormKind::VerificationRequested,
            StepData::IndustryData { .. } => FormKind::IndustryData,
            StepData::FileReceived { .. } => FormKind::FileReceived,
            StepData::Letter { .. } => FormKind::Letter,
            StepData::Disposition { .. } => FormKind::Disposition,
            StepData::TeamAssignment { .. } => FormKind::TeamAssignment,
            StepData::DocumentCheck { .. } => FormKind::DocumentCheck,
            StepData::InspectionDecision { .. } => FormKind::InspectionDecision,
            StepData::FieldInspection { .. } => FormKind::FieldInspection,
            StepData::Bap(_) => FormKind::Bap,
            StepData::CompletenessCheck { .. } => FormKind::CompletenessCheck,
            StepData::Signature { .. } => FormKind::Signature,
            StepData::Instruction { .. } => FormKind::Instruction,
            StepData::BapUpload { .. } => FormKind::BapUpload,
            StepData::CommitmentReport { .. } => FormKind::CommitmentReport,
            StepData::OssNotified { .. } => FormKind::OssNotified,
            StepData::ApplicantNotified { .. } => FormKind::ApplicantNotified,
        }
    }

    /// The branch this data chooses, for forms that branch (see `FormKind::branch_keys`).
    pub fn branch_key(&self) -> Option<&'static str> {
        match self {
            StepData::InspectionDecision { needed: true, .. } => Some("ya"),
            StepData::InspectionDecision { needed: false, .. } => Some("tidak"),
            StepData::CompletenessCheck { complete: true, .. } => Some("lengkap"),
            StepData::CompletenessCheck {
                complete: false, ..
            } => Some("perbaikan"),
            _ => None,
        }
    }

    /// The fields of `self` that decide the path the case takes and differ in `other`
    /// (form field keys): the step-9 decision, the step-13 check, and the BAP's readiness
    /// items (step 19's outcome follows from them). A correction may not change them.
    pub fn path_changes(&self, other: &StepData) -> Vec<&'static str> {
        match (self, other) {
            (StepData::Bap(a), StepData::Bap(b)) => [
                (
                    "bap.factory_construction",
                    a.factory_construction == b.factory_construction,
                ),
                (
                    "bap.production_facilities",
                    a.production_facilities == b.production_facilities,
                ),
                (
                    "bap.trial_production",
                    a.trial_production == b.trial_production,
                ),
            ]
            .into_iter()
            .filter(|(_, same)| !same)
            .map(|(key, _)| key)
            .collect(),
            (StepData::InspectionDecision { .. }, _) if self.branch_key() != other.branch_key() => {
                vec!["needed"]
            }
            (StepData::CompletenessCheck { .. }, _) if self.branch_key() != other.branch_key() => {
                vec!["complete"]
            }
            _ => Vec::new(),
        }
    }

    /// The number and date of the document this step produces, when it has them.
    pub fn document_number(&self) -> Option<(&str, NaiveDate)> {
        match self {
            StepData::IpIssued { number, date }
            | StepData::VerificationRequested { number, date }
            | StepData::Letter { number, date, .. }
            | StepData::CommitmentReport { number, date } => Some((number, *date)),
            StepData::Disposition {
                surat_tugas_number,
                surat_tugas_date,
                ..
            } => Some((surat_tugas_number, *surat_tugas_date)),
            StepData::Bap(bap) => Some((&bap.number, bap.date)),
            _ => None,
        }
    }

    /// The date the step happened, when the form records one.
    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            StepData::IndustryData { notified_on: d }
            | StepData::FileReceived { received_on: d, .. }
            | StepData::FieldInspection { date: d, .. }
            | StepData::Signature { signed_on: d }
            | StepData::BapUpload { uploaded_on: d, .. }
            | StepData::OssNotified { date: d }
            | StepData::ApplicantNotified { date: d } => Some(*d),
            _ => self.document_number().map(|(_, d)| d),
        }
    }

    /// Checks the form's fields. `today` is the recording day in WIB: no date may be after it.
    pub fn validate(&self, today: NaiveDate) -> Result<(), Vec<FieldError>> {
        let mut c = Checker::default();
        let date = |c: &mut Checker, field: &str, d: NaiveDate| {
            if d > today {
                c.fail(field, Problem::InFuture);
            }
        };
        match self {
            StepData::IpIssued { number, date: d }
            | StepData::VerificationRequested { number, date: d }
            | StepData::CommitmentReport { number, date: d } => {
                c.line("number", number);
                date(&mut c, "date", *d);
            }
            StepData::Letter {
                number,
                date: d,
                note,
            } => {
                c.line("number", number);
                date(&mut c, "date", *d);
                c.max_len("note", note, super::fields::MAX_TEXT);
            }
            StepData::IndustryData { notified_on } => date(&mut c, "notified_on", *notified_on),
            StepData::FileReceived { received_on, note } => {
                date(&mut c, "received_on", *received_on);
                c.max_len("note", note, super::fields::MAX_TEXT);
            }
            StepData::Disposition {
                instruction,
                surat_tugas_number,
                surat_tugas_date,
            } => {
                c.text("instruction", instruction);
                c.line("surat_tugas_number", surat_tugas_number);
                date(&mut c, "surat_tugas_date", *surat_tugas_date);
            }
            StepData::TeamAssignment { members } => check_team(&mut c, "members", members),
            StepData::DocumentCheck { findings } => c.text("findings", findings),
            StepData::InspectionDecision { reason, .. } => c.text("reason", reason),
            StepData::FieldInspection {
                date: d,
                location,
                findings,
            } => {
                date(&mut c, "date", *d);
                c.line("location", location);
                c.text("findings", findings);
            }
            StepData::Bap(bap) => {
                bap.check(&mut c);
                date(&mut c, "bap.date", bap.date);
            }
            StepData::CompletenessCheck { complete, reason } => {
                if *complete {
                    c.max_len("reason", reason, super::fields::MAX_TEXT);
                } else {
                    c.text("reason", reason);
                }
            }
            StepData::Signature { signed_on } => date(&mut c, "signed_on", *signed_on),
            StepData::Instruction { to, note } => {
                c.line("to", to);
                c.max_len("note", note, super::fields::MAX_TEXT);
            }
            StepData::BapUpload {
                uploaded_on,
                tembusan_sent_on,
            } => {
                date(&mut c, "uploaded_on", *uploaded_on);
                date(&mut c, "tembusan_sent_on", *tembusan_sent_on);
            }
            StepData::OssNotified { date: d } | StepData::ApplicantNotified { date: d } => {
                date(&mut c, "date", *d)
            }
        }
        c.finish()
    }
}

pub(super) fn check_team(c: &mut Checker, field: &str, members: &[TeamMember]) {
    if members.is_empty() {
        c.fail(field, Problem::AtLeast(1));
    } else if members.len() > MAX_TEAM {
        c.fail(field, Problem::AtMost(MAX_TEAM));
    }
    for (i, member) in members.iter().enumerate() {
        c.line(&format!("{field}.{i}.name"), &member.name);
        c.max_len(&format!("{field}.{i}.nip"), &member.nip, MAX_LINE);
    }
}
