//! The SOP definition: header, actors, steps and their transitions, as typed data read from
//! `data/sop-izin-perluasan.toml` (embedded at build time). Field names in the data file are
//! the SOP's own Indonesian column names; the Rust names are English.

mod settings;
mod validate;

use std::collections::BTreeSet;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Serialize};

use crate::core::hash::Hash;
use crate::core::json_error;

pub use settings::SopSettings;
pub use validate::SopError;

/// A step number, 1-based as in the SOP's "No" column.
pub type StepNo = u8;

/// An actor (Pelaksana) id, e.g. `"kabid"`.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ActorId(pub String);

impl ActorId {
    pub fn new(id: &str) -> ActorId {
        ActorId(id.to_string())
    }
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for ActorId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SopDefinition {
    pub id: String,
    #[serde(rename = "versi")]
    pub version: String,
    #[serde(rename = "kepala")]
    pub header: Header,
    #[serde(rename = "tenggat")]
    pub deadlines: LegalDeadlines,
    #[serde(rename = "pelaksana")]
    pub actors: Vec<Actor>,
    #[serde(rename = "langkah")]
    pub steps: Vec<Step>,
    #[serde(rename = "dokumen")]
    pub documents: Vec<DocumentKind>,
}

/// The SOP's header block (Permenpan RB 35/2012 format).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Header {
    #[serde(rename = "nomor")]
    pub number: String,
    #[serde(rename = "judul")]
    pub title: String,
    #[serde(rename = "pemerintah")]
    pub government: String,
    #[serde(rename = "instansi")]
    pub agency: String,
    #[serde(rename = "bidang")]
    pub division: String,
    #[serde(rename = "tanggal_pembuatan")]
    pub made_on: String,
    #[serde(rename = "tanggal_revisi")]
    pub revised_on: String,
    #[serde(rename = "tanggal_efektif")]
    pub effective_on: String,
    #[serde(rename = "disahkan_oleh")]
    pub approved_by: Approver,
    #[serde(rename = "dasar_hukum")]
    pub legal_basis: Vec<String>,
    #[serde(rename = "kualifikasi_pelaksana")]
    pub qualifications: Vec<String>,
    #[serde(rename = "keterkaitan")]
    pub related_sops: Vec<String>,
    #[serde(rename = "peralatan")]
    pub equipment: Vec<String>,
    #[serde(rename = "peringatan")]
    pub warnings: Vec<String>,
    #[serde(rename = "pencatatan")]
    pub record_keeping: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Approver {
    #[serde(rename = "jabatan")]
    pub position: String,
    #[serde(rename = "nama")]
    pub name: String,
    #[serde(rename = "pangkat")]
    pub rank: String,
    pub nip: String,
}

/// Legal deadlines from Permenperin 15/2019.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct LegalDeadlines {
    /// Pasal 29(3): field inspection within N hari kerja of the SIINAS request.
    #[serde(rename = "pemeriksaan_hari_kerja")]
    pub inspection_working_days: u32,
    #[serde(rename = "pemeriksaan_dasar")]
    pub inspection_basis: String,
    /// Pasal 27(3), 29(9): all commitments within N months of the IP.
    #[serde(rename = "komitmen_bulan")]
    pub commitment_months: u32,
    #[serde(rename = "komitmen_dasar")]
    pub commitment_basis: String,
    /// A period whose last day is not a working day (weekend, holiday, cuti bersama when
    /// counted) ends on the next working day [I]. Left out of the canonical form while it
    /// is `true`, the default, so the SOP's content hash is the one earlier files carry.
    #[serde(
        rename = "geser_ke_hari_kerja",
        default = "yes",
        skip_serializing_if = "is_yes"
    )]
    pub roll_to_working_day: bool,
}

fn yes() -> bool {
    true
}

fn is_yes(b: &bool) -> bool {
    *b
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum ActorKind {
    /// Outside the Dinas (applicant, OSS, SIINAS): its steps are recorded on its behalf.
    #[serde(rename = "luar")]
    External,
    /// Dinas staff.
    #[serde(rename = "dinas")]
    Office,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    pub id: ActorId,
    #[serde(rename = "nama")]
    pub name: String,
    #[serde(rename = "singkat")]
    pub short: String,
    #[serde(rename = "jenis")]
    pub kind: ActorKind,
    /// Who records this external actor's steps in Sopir.
    #[serde(
        rename = "dicatat_oleh",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub recorded_by: Option<ActorId>,
}

/// The flowchart symbol of a step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Shape {
    #[serde(rename = "mulai")]
    Start,
    #[serde(rename = "kegiatan")]
    Activity,
    #[serde(rename = "keputusan")]
    Decision,
    #[serde(rename = "selesai")]
    End,
}

/// A time standard (Mutu Baku: Waktu).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TimeStandard {
    #[serde(rename = "menit")]
    Minutes(u32),
    #[serde(rename = "jam")]
    Hours(u32),
    #[serde(rename = "hari_kerja")]
    WorkingDays(u32),
}

/// What a step records: each kind is a form (see `case::step_data`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum FormKind {
    #[serde(rename = "izin_terbit")]
    IpIssued,
    #[serde(rename = "permohonan_verifikasi")]
    VerificationRequested,
    #[serde(rename = "data_industri")]
    IndustryData,
    #[serde(rename = "berkas_diterima")]
    FileReceived,
    #[serde(rename = "surat")]
    Letter,
    #[serde(rename = "disposisi")]
    Disposition,
    #[serde(rename = "penugasan_tim")]
    TeamAssignment,
    #[serde(rename = "pemeriksaan_dokumen")]
    DocumentCheck,
    #[serde(rename = "keputusan_lapangan")]
    InspectionDecision,
    #[serde(rename = "pemeriksaan_lapangan")]
    FieldInspection,
    #[serde(rename = "bap")]
    Bap,
    #[serde(rename = "pemeriksaan_kelengkapan")]
    CompletenessCheck,
    #[serde(rename = "tanda_tangan")]
    Signature,
    #[serde(rename = "perintah")]
    Instruction,
    #[serde(rename = "unggah_bap")]
    BapUpload,
    #[serde(rename = "berita_acara_komitmen")]
    CommitmentReport,
    #[serde(rename = "notifikasi_oss")]
    OssNotified,
    #[serde(rename = "notifikasi_pemohon")]
    ApplicantNotified,
}

impl FormKind {
    /// The branch keys this form can choose between (empty: it does not branch).
    pub fn branch_keys(self) -> &'static [&'static str] {
        match self {
            FormKind::InspectionDecision => &["ya", "tidak"],
            FormKind::CompletenessCheck => &["lengkap", "perbaikan"],
            _ => &[],
        }
    }
}

/// A labelled branch out of a step (a decision, or a return for correction).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Branch {
    #[serde(rename = "kunci")]
    pub key: String,
    pub label: String,
    #[serde(rename = "ke")]
    pub to: StepNo,
}

/// On an end step: when the outcome is `when`, a new round starts at step `to`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Restart {
    #[serde(rename = "jika")]
    pub when: String,
    #[serde(rename = "ke")]
    pub to: StepNo,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Step {
    pub no: StepNo,
    /// Uraian Kegiatan, exactly as in the SOP.
    #[serde(rename = "kegiatan")]
    pub activity: String,
    #[serde(rename = "pelaksana")]
    pub actor: ActorId,
    /// Confidence of the (inferred) actor assignment.
    #[serde(rename = "keyakinan", default)]
    pub actor_confidence: String,
    /// The column an arrow from this step points into (e.g. step 1: Pemohon -> OSS).
    #[serde(rename = "menuju", default, skip_serializing_if = "Option::is_none")]
    pub towards: Option<ActorId>,
    #[serde(rename = "bentuk")]
    pub shape: Shape,
    #[serde(rename = "persyaratan", default)]
    pub inputs: Vec<String>,
    #[serde(default)]
    pub output: Vec<String>,
    #[serde(rename = "waktu", default, skip_serializing_if = "Option::is_none")]
    pub time: Option<TimeStandard>,
    #[serde(
        rename = "keterangan",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub note: Option<String>,
    #[serde(rename = "dasar", default, skip_serializing_if = "Option::is_none")]
    pub legal_reference: Option<String>,
    #[serde(rename = "isian")]
    pub form: FormKind,
    /// The document this step produces (it takes the form's number and date).
    #[serde(rename = "dokumen", default, skip_serializing_if = "Option::is_none")]
    pub document: Option<String>,
    #[serde(rename = "lanjut", default, skip_serializing_if = "Option::is_none")]
    pub next: Option<StepNo>,
    #[serde(rename = "cabang", default, skip_serializing_if = "Vec::is_empty")]
    pub branches: Vec<Branch>,
    #[serde(rename = "ulang", default, skip_serializing_if = "Option::is_none")]
    pub restart: Option<Restart>,
}

impl Step {
    /// Every step this one can lead to (next, branch targets, restart).
    pub fn targets(&self) -> impl Iterator<Item = StepNo> + '_ {
        self.next
            .into_iter()
            .chain(self.branches.iter().map(|b| b.to))
            .chain(self.restart.iter().map(|r| r.to))
    }

    pub fn branch(&self, key: &str) -> Option<&Branch> {
        self.branches.iter().find(|b| b.key == key)
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentKind {
    pub id: String,
    #[serde(rename = "nama")]
    pub name: String,
}

/// Which SOP a case runs under.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct SopRef {
    pub id: String,
    pub version: String,
    pub hash: Hash,
}

/// A validated SOP definition with its lookups.
#[derive(Clone, Debug, PartialEq)]
pub struct Sop {
    def: SopDefinition,
    hash: Hash,
}

const EMBEDDED_JSON: &str = include_str!(concat!(env!("OUT_DIR"), "/sop.json"));

impl Sop {
    /// The SOP shipped with the app (data/sop-izin-perluasan.toml).
    pub fn embedded() -> &'static Sop {
        static SOP: OnceLock<Sop> = OnceLock::new();
        SOP.get_or_init(|| {
            Sop::from_json(EMBEDDED_JSON).unwrap_or_else(|e| panic!("embedded SOP: {e}"))
        })
    }

    /// The embedded definition as JSON (for tests that break it on purpose).
    pub fn embedded_json() -> &'static str {
        EMBEDDED_JSON
    }

    pub fn from_json(json: &str) -> Result<Sop, SopError> {
        let def: SopDefinition =
            serde_json::from_str(json).map_err(|e| SopError::Malformed(json_error::text(&e)))?;
        Sop::new(def)
    }

    /// Validates a definition. The hash is over its canonical JSON form.
    pub fn new(def: SopDefinition) -> Result<Sop, SopError> {
        validate::check(&def)?;
        let canonical = serde_json::to_vec(&def).expect("definitions serialize");
        Ok(Sop {
            hash: Hash::of(&canonical),
            def,
        })
    }

    pub fn definition(&self) -> &SopDefinition {
        &self.def
    }

    pub fn reference(&self) -> SopRef {
        SopRef {
            id: self.def.id.clone(),
            version: self.def.version.clone(),
            hash: self.hash.clone(),
        }
    }

    pub fn header(&self) -> &Header {
        &self.def.header
    }

    pub fn deadlines(&self) -> &LegalDeadlines {
        &self.def.deadlines
    }

    pub fn steps(&self) -> &[Step] {
        &self.def.steps
    }

    pub fn actors(&self) -> &[Actor] {
        &self.def.actors
    }

    /// Steps are numbered 1..=N without gaps (checked on load).
    pub fn step(&self, no: StepNo) -> Option<&Step> {
        self.def.steps.get(usize::from(no).checked_sub(1)?)
    }

    pub fn first_step(&self) -> &Step {
        &self.def.steps[0]
    }

    pub fn actor(&self, id: &ActorId) -> Option<&Actor> {
        self.def.actors.iter().find(|a| &a.id == id)
    }

    pub fn document_name(&self, id: &str) -> Option<&str> {
        self.def
            .documents
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.name.as_str())
    }

    /// The step that uses `form`, if exactly one does.
    pub fn step_with_form(&self, form: FormKind) -> Option<&Step> {
        let mut found = self.def.steps.iter().filter(|s| s.form == form);
        match (found.next(), found.next()) {
            (Some(step), None) => Some(step),
            _ => None,
        }
    }

    /// The roles allowed to record a step: its actor when that is a Dinas role; for an
    /// actor outside the Dinas (the applicant, OSS, SIINAS) the Dinas role that records its
    /// steps (`dicatat_oleh`): nobody acts as the applicant in Sopir.
    pub fn roles_for(&self, step: &Step) -> Vec<ActorId> {
        match self.recorder_of(step) {
            Some(by) => vec![by.id.clone()],
            None => vec![step.actor.clone()],
        }
    }

    /// For a step of an actor outside the Dinas, the Dinas role that records it.
    pub fn recorder_of(&self, step: &Step) -> Option<&Actor> {
        self.actor(&step.actor)
            .and_then(|a| a.recorded_by.as_ref())
            .and_then(|by| self.actor(by))
    }

    pub fn may_act(&self, role: &ActorId, step: &Step) -> bool {
        self.roles_for(step).contains(role)
    }

    /// Applies an office's settings (actor assignments, time standards). The result keeps
    /// the base SOP's identity: cases still refer to the shipped definition.
    pub fn with_settings(&self, settings: &SopSettings) -> Result<Sop, SopError> {
        let mut def = self.def.clone();
        settings.apply_to(&mut def)?;
        validate::check(&def)?;
        Ok(Sop {
            def,
            hash: self.hash.clone(),
        })
    }

    /// Steps reachable from `from` (inclusive), following every transition.
    pub fn reachable_from(&self, from: StepNo) -> BTreeSet<StepNo> {
        validate::reachable(&self.def, from)
    }
}
