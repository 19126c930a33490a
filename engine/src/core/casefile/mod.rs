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
mod text;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::core::case::{Case, CaseId, Event, OfficeId};
use crate::core::hash::Hash;
use crate::core::offices::NamedOffice;
use crate::core::sop::SopRef;

pub use error::{CaseRef, ImportError};
pub use export::{export, file_name, ExportMeta, Exported, Scope};
pub use preview::{preview, Preview, PreviewRow, RowCounts, RowKind};
pub use read::{read, Expect};

/// The `format` every case file starts with.
pub const FORMAT: &str = "sopir-berkas-kasus";
/// The version of the file layout this build writes; it reads this one and every earlier
/// one. Schema 2 changed only how the content hash is computed (see `compute_hash`);
/// schema 3 adds `offices`, the names of the copies whose events the file holds, under the
/// content hash (an earlier Sopir would find the hash wrong, so it says "newer version").
pub const FILE_SCHEMA: u32 = 3;

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
    /// The names of the copies whose events (or letters) the file holds, the exporting one
    /// included, by id (schema 3; files of earlier schemas have none).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub offices: Vec<NamedOffice>,
    pub exported_at: DateTime<Utc>,
    pub mode: Mode,
    pub cases: Vec<FileCase>,
    /// SHA-256 over the envelope and every case's history (see `compute_hash`): an edit
    /// anywhere in the file, including the envelope, is detected.
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
            && self.offices == other.offices
            && self.exported_at == other.exported_at
            && self.mode == other.mode
            && self.cases == other.cases
            && self.content_hash == other.content_hash
    }
}

/// The hashed part of a file: everything but `content_hash`, in the same order. `offices`
/// is left out when empty, so files of schemas 1 and 2 hash as they always did, and names
/// put into such a file afterwards fail its content hash.
#[derive(Serialize)]
struct Unhashed<'a, C> {
    format: &'a str,
    schema: u32,
    app_version: &'a str,
    sop: &'a SopRef,
    office: &'a Office,
    #[serde(skip_serializing_if = "no_offices")]
    offices: &'a [NamedOffice],
    exported_at: &'a DateTime<Utc>,
    mode: Mode,
    cases: C,
}

fn no_offices(offices: &&[NamedOffice]) -> bool {
    offices.is_empty()
}

/// What schema 2 hashes of a case: its id and its events' hashes, in file order.
#[derive(Serialize)]
struct CaseHashes<'a> {
    id: &'a CaseId,
    events: Vec<&'a Hash>,
}

impl CaseFile {
    /// The cases as `read` rebuilt them, by position; `None` where the file no longer
    /// holds exactly the events (ids and hashes) a case was rebuilt from.
    pub(crate) fn take_checked(&mut self) -> Vec<Option<Case>> {
        let checked = std::mem::take(&mut self.checked);
        let mut out: Vec<Option<Case>> = checked.into_iter().map(Some).collect();
        out.resize_with(self.cases.len(), || None);
        for (slot, file) in out.iter_mut().zip(&self.cases) {
            let same = slot.as_ref().is_some_and(|case| {
                case.id() == &file.id
                    && case.state().sop == self.sop
                    && case.events().len() == file.events.len()
                    && case
                        .events()
                        .iter()
                        .zip(&file.events)
                        .all(|(a, b)| a.id == b.id && a.hash == b.hash)
            });
            if !same {
                *slot = None;
            }
        }
        out
    }

    /// The content hash the file should carry, over re-serialized values (not the file's
    /// bytes), so whitespace and pretty-printing do not count.
    ///
    /// Schema 1 hashes the whole content. Schema 2 hashes the envelope and, per case, its
    /// id and its events' hashes: each event's hash covers its content and its parents'
    /// hashes, and `read` recomputes every one before accepting a file, so an edit
    /// anywhere is still detected, while a 1,000-case file hashes under 2 MB instead of
    /// 18 (and an edited event is named by the integrity check instead of failing the
    /// file as a whole).
    pub fn compute_hash(&self) -> Hash {
        if self.schema <= 1 {
            return Hash::of_json(&self.unhashed(&self.cases[..]), []);
        }
        let cases: Vec<CaseHashes> = self
            .cases
            .iter()
            .map(|case| CaseHashes {
                id: &case.id,
                events: case.events.iter().map(|e| &e.hash).collect(),
            })
            .collect();
        Hash::of_json(&self.unhashed(cases), [])
    }

    fn unhashed<C: Serialize>(&self, cases: C) -> Unhashed<'_, C> {
        Unhashed {
            format: &self.format,
            schema: self.schema,
            app_version: &self.app_version,
            sop: &self.sop,
            office: &self.office,
            offices: &self.offices,
            exported_at: &self.exported_at,
            mode: self.mode,
            cases,
        }
    }

    /// The names of the copies the file gives: its `offices`, or, in a file of an earlier
    /// schema, the exporting office's name alone.
    pub fn named_offices(&self) -> Vec<NamedOffice> {
        if self.offices.is_empty() {
            vec![NamedOffice {
                id: self.office.id.clone(),
                name: self.office.name.clone(),
                copy: String::new(),
            }]
        } else {
            self.offices.clone()
        }
    }

    /// The file as written to disk: indented down to the events, one event per line
    /// (`text`), so a person can look inside.
    pub fn to_json(&self) -> String {
        text::to_string(self)
    }
}
