//! Case files in and out, as a workflow over the store: what to export and how it is
//! marked exported, and an import checked against the store (preview, duplicate agenda
//! numbers, the copies' names) before it is committed all at once or not at all. The views
//! only read a file, start a download and show the results.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use crate::core::case::{Case, CaseId};
use crate::core::casefile::{self, Expect, ExportMeta, ImportError, Mode, Office, Preview, Scope};
use crate::core::offices::{learn, OfficeDirectory};
use crate::core::register::DuplicateNumber;
use crate::core::sop::Sop;
use crate::store::{Namespace, Storage, Store, StoreError};

/// The file mode of a store's data: real cases or training.
pub fn mode_of(namespace: Namespace) -> Mode {
    match namespace {
        Namespace::Real => Mode::Resmi,
        Namespace::Training => Mode::Latihan,
    }
}

/// Why nothing was exported.
#[derive(Debug)]
pub enum ExportError {
    /// A case could not be read (a damaged record: see the store's report).
    Store(StoreError),
    /// No cases to export.
    Nothing,
}

/// A file ready to download, and the cases it holds (marked exported once downloaded).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub file_name: String,
    pub json: String,
    pub cases: Vec<CaseId>,
}

/// Builds the file of `ids` (every case when `None`). `office_name` is the name the file
/// gives its copy; `app_version` the version that wrote it.
pub fn export<S: Storage>(
    store: &mut Store<S>,
    ids: Option<&[CaseId]>,
    office_name: &str,
    app_version: &str,
    now: DateTime<Utc>,
) -> Result<Export, ExportError> {
    let cases = match ids {
        None => store.all_cases(),
        Some(ids) => ids.iter().map(|id| store.case(id)).collect(),
    }
    .map_err(ExportError::Store)?;
    if cases.is_empty() {
        return Err(ExportError::Nothing);
    }
    let office = store.office();
    let meta = ExportMeta {
        app_version: app_version.to_string(),
        sop: Sop::embedded().reference(),
        office: Office {
            id: office.id.clone(),
            name: office_name.to_string(),
        },
        offices: store.office_directory().names(),
        exported_at: now,
        mode: mode_of(store.namespace()),
        scope: if ids.is_none() {
            Scope::All
        } else {
            Scope::Selection
        },
    };
    let exported = casefile::export(&cases, meta);
    Ok(Export {
        file_name: exported.file_name,
        json: exported.json,
        cases: cases.iter().map(|c| c.id().clone()).collect(),
    })
}

/// After the download: the file's cases count as exported. The marks are kept in memory
/// even when they cannot be saved (a full storage): the error says so, but the file the
/// person received is never reported as a failure.
pub fn mark_exported<S: Storage>(store: &mut Store<S>, export: &Export) -> Result<(), StoreError> {
    store.mark_exported(&export.cases)
}

/// A file checked against the store: what importing it would do.
#[derive(Clone)]
pub struct ImportCheck {
    pub preview: Preview,
    /// Agenda numbers the import would leave on two letters.
    pub duplicates: Vec<DuplicateNumber>,
    /// The copies' names, with what the file says of them.
    pub names: OfficeDirectory,
}

/// Reads a file's text and previews it against the stored copies of its cases. Nothing is
/// stored. A file of the other mode (training/real), of another SOP, damaged or edited is
/// refused with the reason.
pub fn check_import<S: Storage>(
    store: &mut Store<S>,
    text: &str,
    sop: &Sop,
) -> Result<ImportCheck, ImportError> {
    let expect = Expect {
        sop: sop.reference(),
        mode: mode_of(store.namespace()),
    };
    let file = casefile::read(text, &expect, sop)?;
    // The stored copies of the file's cases, for the preview to merge with.
    let known: Vec<CaseId> = file
        .cases
        .iter()
        .filter(|c| store.summary(&c.id).is_some())
        .map(|c| c.id.clone())
        .collect();
    let stored: HashMap<CaseId, Case> = known
        .into_iter()
        .filter_map(|id| store.case(&id).ok().map(|case| (id, case)))
        .collect();
    let preview = casefile::preview(file, sop, |id| stored.get(id).cloned());
    let duplicates = preview.agenda_duplicates(&store.register());
    let mut names = store.office_directory();
    let own = names.own.clone();
    learn(&mut names.known, &own, &preview.exporter, &preview.offices);
    Ok(ImportCheck {
        preview,
        duplicates,
        names,
    })
}

/// Stores what a checked file brings, all or nothing; returns how many cases the file held.
pub fn commit_import<S: Storage>(
    store: &mut Store<S>,
    sop: &Sop,
    check: ImportCheck,
) -> Result<usize, StoreError> {
    let preview = check.preview;
    let count = preview.rows.len();
    let (exporter, offices) = (preview.exporter.clone(), preview.offices.clone());
    store.commit_import_named(sop, preview.cases_to_commit(), &exporter, &offices)?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::casefile::RowKind;
    use crate::core::ids::SeededIds;
    use crate::core::sample::Choices;
    use crate::store::MemoryStorage;
    use crate::testkit::{utc, Walk};

    fn store(seed: u64, ns: Namespace) -> Store<MemoryStorage> {
        Store::open(
            MemoryStorage::new(),
            ns,
            Sop::embedded(),
            Box::new(SeededIds::new(seed)),
        )
    }

    fn with_cases(seed: u64, n: u32) -> Store<MemoryStorage> {
        let mut s = store(seed, Namespace::Real);
        let cases = (0..n)
            .map(|i| {
                Walk::open(i, utc(2025, 1, 6, 1))
                    .to(6, Choices::default())
                    .case
            })
            .collect();
        s.commit_import(Sop::embedded(), cases).unwrap();
        s
    }

    #[test]
    fn an_exported_file_imports_into_another_copy_and_then_brings_nothing_new() {
        let mut a = with_cases(1, 3);
        let now = utc(2025, 1, 7, 2);
        let file = export(&mut a, None, "DPPESDM Kalbar", "0.1.0", now).unwrap();
        assert_eq!(file.cases.len(), 3);
        assert!(file.file_name.starts_with("sopir-semua-3-kasus-"));
        assert!(a.unexported_changes() > 0);
        mark_exported(&mut a, &file).unwrap();
        assert_eq!(a.unexported_changes(), 0);

        let mut b = store(2, Namespace::Real);
        let check = check_import(&mut b, &file.json, Sop::embedded()).unwrap();
        assert!(check.duplicates.is_empty());
        assert!(check
            .preview
            .rows
            .iter()
            .all(|r| matches!(r.kind, RowKind::New)));
        assert_eq!(commit_import(&mut b, Sop::embedded(), check).unwrap(), 3);
        assert_eq!(b.summaries().len(), 3);
        // The same file again changes nothing.
        let again = check_import(&mut b, &file.json, Sop::embedded()).unwrap();
        assert!(again
            .preview
            .rows
            .iter()
            .all(|r| matches!(r.kind, RowKind::Identical)));
    }

    #[test]
    fn a_selection_names_its_case_and_nothing_to_export_is_said() {
        let mut a = with_cases(3, 2);
        let id = a.summaries().keys().next().unwrap().clone();
        let file = export(
            &mut a,
            Some(std::slice::from_ref(&id)),
            "x",
            "0.1.0",
            utc(2025, 1, 7, 2),
        )
        .unwrap();
        assert_eq!(file.cases, [id]);
        let mut empty = store(4, Namespace::Real);
        assert!(matches!(
            export(&mut empty, None, "x", "0.1.0", utc(2025, 1, 7, 2)),
            Err(ExportError::Nothing)
        ));
    }

    #[test]
    fn a_training_file_is_refused_by_the_real_data_and_nothing_is_stored() {
        let mut training = store(5, Namespace::Training);
        training
            .commit_import(
                Sop::embedded(),
                vec![Walk::open(9, utc(2025, 1, 6, 1)).case],
            )
            .unwrap();
        let file = export(&mut training, None, "x", "0.1.0", utc(2025, 1, 7, 2)).unwrap();
        assert!(file.file_name.starts_with("latihan-"));
        let mut real = store(6, Namespace::Real);
        assert!(check_import(&mut real, &file.json, Sop::embedded()).is_err());
        assert!(real.summaries().is_empty());
    }
}
