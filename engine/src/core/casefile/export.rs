//! Writing a case file, and the name it is saved under.

use chrono::{DateTime, Utc};

use std::collections::BTreeSet;

use super::{CaseFile, FileCase, Mode, Office, FILE_SCHEMA, FORMAT};
use crate::core::calendar::wib_date;
use crate::core::case::{Case, EventBody, OfficeId};
use crate::core::offices::{NamedOffice, OfficeName, OfficeNames};
use crate::core::sop::SopRef;

/// Which cases the person chose to export; it only shapes the file name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scope {
    /// Cases picked from the list.
    Selection,
    /// Every case of the store.
    All,
}

/// What the file says about where it comes from.
#[derive(Clone, Debug, PartialEq)]
pub struct ExportMeta {
    pub app_version: String,
    /// The SOP the cases run under (the office's base SOP reference).
    pub sop: SopRef,
    pub office: Office,
    /// The names of copies the exporting store knows (its own with its copy label): the
    /// file lists those whose events or letters it holds.
    pub offices: OfficeNames,
    pub exported_at: DateTime<Utc>,
    pub mode: Mode,
    pub scope: Scope,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exported {
    pub file_name: String,
    pub json: String,
}

/// Builds the file for `cases` (each with its whole history, in history order).
pub fn export(cases: &[Case], meta: ExportMeta) -> Exported {
    let file_name = file_name(cases, &meta);
    let file = CaseFile::new(cases, meta);
    Exported {
        file_name,
        json: file.to_json(),
    }
}

impl CaseFile {
    /// The file for `cases`, sealed with its content hash.
    pub fn new(cases: &[Case], meta: ExportMeta) -> CaseFile {
        let offices = named_offices(cases, &meta);
        let mut file = CaseFile {
            format: FORMAT.to_string(),
            schema: FILE_SCHEMA,
            app_version: meta.app_version,
            sop: meta.sop,
            office: meta.office,
            offices,
            exported_at: meta.exported_at,
            mode: meta.mode,
            cases: cases
                .iter()
                .map(|c| FileCase {
                    id: c.id().clone(),
                    events: c.events().to_vec(),
                })
                .collect(),
            content_hash: crate::core::hash::Hash::of(b""),
            checked: Vec::new(),
        };
        file.content_hash = file.compute_hash();
        file
    }
}

/// The copies whose events or letters `cases` hold, and the exporting one, with the names
/// the exporter knows for them, by id. A copy it has no name for is left out.
fn named_offices(cases: &[Case], meta: &ExportMeta) -> Vec<NamedOffice> {
    let mut ids: BTreeSet<&OfficeId> = BTreeSet::from([&meta.office.id]);
    for event in cases.iter().flat_map(|c| c.events()) {
        ids.insert(&event.office);
        if let EventBody::StepCompleted {
            letter: Some(letter),
            ..
        } = &event.body
        {
            ids.insert(&letter.office);
        }
    }
    ids.into_iter()
        .filter_map(|id| {
            let name = match meta.offices.get(id) {
                Some(name) => name.clone(),
                None if id == &meta.office.id => OfficeName::new(&meta.office.name, ""),
                None => return None,
            };
            Some(NamedOffice {
                id: id.clone(),
                name: name.name,
                copy: name.copy,
            })
        })
        .collect()
}

/// Says what is inside: `sopir-<NIB>-<date>.json` for one case, `sopir-<n>-kasus-<date>.json`
/// for several, `sopir-semua-<n>-kasus-<date>.json` for all; `latihan-` first for training
/// data. The date is the export day in Pontianak (WIB).
pub fn file_name(cases: &[Case], meta: &ExportMeta) -> String {
    let date = wib_date(meta.exported_at).format("%Y-%m-%d");
    let prefix = match meta.mode {
        Mode::Latihan => "latihan-",
        Mode::Resmi => "",
    };
    let n = cases.len();
    let what = match (meta.scope, cases) {
        (Scope::All, _) => format!("semua-{n}-kasus"),
        (Scope::Selection, [one]) => safe(&one.state().identity.nib),
        (Scope::Selection, _) => format!("{n}-kasus"),
    };
    format!("{prefix}sopir-{what}-{date}.json")
}

/// Keeps a file name portable whatever the (validated, 13-digit) NIB holds.
fn safe(part: &str) -> String {
    let kept: String = part
        .chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == '-')
        .take(40)
        .collect();
    if kept.is_empty() {
        "kasus".to_string()
    } else {
        kept
    }
}
