//! The case file ("berkas kasus"): how offices without a server exchange cases (USB stick,
//! e-mail). A file is a JSON envelope around whole event histories; importing one checks
//! it completely before anything is stored (`read`), then shows per case what a merge with
//! the local copy would do (`preview`). Merging is the union of events by id, replayed, so
//! two offices' copies of a case combine without losing anything.

mod error;
mod export;
mod preview;
mod read;
mod scan;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::core::case::{Case, CaseId, Event, OfficeId};
use crate::core::hash::Hash;
use crate::core::sop::SopRef;

pub use error::{CaseRef, ImportError};
pub use export::{export, file_name, ExportMeta, Exported, Scope};
pub use preview::{preview, Preview, PreviewRow, RowKind};
pub use read::{read, Expect};

/// The `format` every case file starts with.
pub const FORMAT: &str = "sopir-berkas-kasus";
/// The version of the file layout this build writes and reads.
pub const FILE_SCHEMA: u32 = 1;

/// Reading limits, checked before the file is deserialized (see `scan`). They are far above
/// what real files need: a case has tens of events, an office a few thousand cases.
pub const MAX_FILE_BYTES: usize = 64 * 1024 * 1024;
pub const MAX_DEPTH: usize = 32;
pub const MAX_CASES: usize = 20_000;
pub const MAX_EVENTS_PER_CASE: usize = 2_000;
/// Any other list (commodities, team members, `follows`...).
pub const MAX_ITEMS: usize = 1_000;
/// Bytes of one string; form texts are at most 2,000 characters (8,000 bytes of UTF-8).
pub const MAX_STRING_BYTES: usize = 64 * 1024;

/// Real cases, or training/demo data that must never mix with them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Mode {
    Resmi,
    Latihan,
}

/// The exporting office.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: OfficeId,
    pub name: String,
}

/// One case's whole history, in history order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FileCase {
    pub id: CaseId,
    pub events: Vec<Event>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct CaseFile {
    pub format: String,
    pub schema: u32,
    pub app_version: String,
    pub sop: SopRef,
    pub office: Office,
    pub exported_at: DateTime<Utc>,
    pub mode: Mode,
    pub cases: Vec<FileCase>,
    /// SHA-256 over the canonical (compact) JSON of every other field: an edit anywhere
    /// in the file, including the envelope, is detected.
    pub content_hash: Hash,
    /// The cases as `read` rebuilt them, so `preview` does not replay them again. Used
    /// only while a case's events are still exactly the file's.
    #[serde(skip)]
    checked: Vec<Case>,
}

/// Equal when the files say the same (the cache of rebuilt cases does not count).
impl PartialEq for CaseFile {
    fn eq(&self, other: &CaseFile) -> bool {
        self.format == other.format
            && self.schema == other.schema
            && self.app_version == other.app_version
            && self.sop == other.sop
            && self.office == other.office
            && self.exported_at == other.exported_at
            && self.mode == other.mode
            && self.cases == other.cases
            && self.content_hash == other.content_hash
    }
}

/// The hashed part of a file: everything but `content_hash`, in the same field order.
#[derive(Serialize)]
struct Unhashed<'a> {
    format: &'a str,
    schema: u32,
    app_version: &'a str,
    sop: &'a SopRef,
    office: &'a Office,
    exported_at: &'a DateTime<Utc>,
    mode: Mode,
    cases: &'a [FileCase],
}

impl CaseFile {
    /// The case at `index` as `read` rebuilt it, if the file still holds exactly its events.
    pub(crate) fn checked(&self, index: usize) -> Option<&Case> {
        let case = self.checked.get(index)?;
        let file = self.cases.get(index)?;
        let same = case.id() == &file.id
            && case.state().sop == self.sop
            && case.events() == file.events.as_slice();
        same.then_some(case)
    }

    /// The content hash the file should carry. Hashing re-serialized values (not the file's
    /// bytes) makes it independent of whitespace and pretty-printing.
    pub fn compute_hash(&self) -> Hash {
        let content = serde_json::to_vec(&Unhashed {
            format: &self.format,
            schema: self.schema,
            app_version: &self.app_version,
            sop: &self.sop,
            office: &self.office,
            exported_at: &self.exported_at,
            mode: self.mode,
            cases: &self.cases,
        })
        .expect("case files serialize");
        Hash::of(&content)
    }

    /// The file as written to disk: pretty-printed so a person can look inside.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("case files serialize")
    }
}
