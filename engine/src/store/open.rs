//! Opening a store: undo an interrupted save, load settings, office and case summaries,
//! set aside damaged values, migrate the earlier layout. Never fails.

use serde::de::DeserializeOwned;

use super::cache::Cache;
use super::disk::{Disk, Journal, Op};
use super::layout::{
    Namespace, CURRENT_SCHEMA, EXPORTS, JOURNAL, KNOWN_OFFICES, OFFICE, SCHEMA, SETTINGS,
};
use super::problem::{CorruptReason, LoadProblem, ProblemKind};
use super::settings::{Office, Settings};
use super::storage::{utf16_len, Storage, StorageError};
use super::{legacy, record, Store, StoreError};
use crate::core::case::{Case, CaseId, CaseSummary, OfficeId};
use crate::core::ids::IdSource;
use crate::core::json_error;
use crate::core::sop::Sop;

/// Old values one migration journal may hold (UTF-16 units): the journal needs that much
/// free room, so a large earlier store is migrated in several saves.
const MIGRATION_BATCH_UNITS: usize = 512 * 1024;

impl<S: Storage> Store<S> {
    /// Opens the store in `namespace`. Problems found go to `report()`; when the data
    /// cannot be used safely (newer schema, storage unavailable) the store is read-only.
    pub fn open(storage: S, namespace: Namespace, sop: &Sop, ids: Box<dyn IdSource>) -> Store<S> {
        let mut store = Store {
            disk: Disk::new(storage, namespace),
            sop: sop.clone(),
            ids,
            office: Office {
                id: OfficeId(String::new()),
                name: String::new(),
            },
            settings: Settings::default(),
            summaries: Default::default(),
            indexed: Default::default(),
            index_hits: 0,
            exports: Default::default(),
            exports_unsaved: false,
            known_offices: Default::default(),
            cache: Cache::default(),
            written: Default::default(),
            problems: Vec::new(),
        };
        store.load();
        store
    }

    fn load(&mut self) {
        if let Err(e) = self.disk.storage.available() {
            self.block(StoreError::Storage(e.clone()), ProblemKind::Unavailable(e));
            self.office = self.new_office();
            return;
        }
        if let Some(found) = self.read_schema().filter(|&n| n > CURRENT_SCHEMA) {
            // Nothing is read further and nothing written: a newer Sopir owns this data.
            self.block(StoreError::NewerSchema, ProblemKind::NewerSchema { found });
            self.office = self
                .read_at_open(OFFICE)
                .and_then(|v| serde_json::from_str(&v).ok())
                .unwrap_or_else(|| self.new_office());
            return;
        }
        self.recover_journal();
        let schema = self.read_schema();
        self.settings = self.load_json(SETTINGS).unwrap_or_default();
        self.exports = self.load_json(EXPORTS).unwrap_or_default();
        self.known_offices = self.load_json(KNOWN_OFFICES).unwrap_or_default();
        self.load_office();
        let (earlier, keys) = self.load_cases();
        // A migration writes the schema number in its last batch, or leaves it if it fails.
        let needs_schema = if earlier.is_empty() {
            schema != Some(CURRENT_SCHEMA)
        } else {
            self.migrate(earlier);
            false
        };
        if needs_schema && self.disk.blocked.is_none() {
            let op = Op::set(self.disk.key(SCHEMA), CURRENT_SCHEMA.to_string());
            if let Err(e) = self.disk.write(&[op]) {
                self.note(SCHEMA, not_saved(e));
            }
        }
        // Listing a thousand keys costs milliseconds: the list the cases were read from
        // serves (what opening wrote since, it measured as it wrote).
        if let Some(Err(e)) = keys.map(|keys| self.disk.measure_all(&keys)) {
            self.note(SCHEMA, ProblemKind::Unavailable(e));
        }
    }

    fn block(&mut self, why: StoreError, kind: ProblemKind) {
        self.disk.blocked = Some(why);
        self.note(SCHEMA, kind);
    }

    fn note(&mut self, name: &str, kind: ProblemKind) {
        let key = if name.starts_with(self.disk.ns.as_str()) {
            name.to_string()
        } else {
            self.disk.key(name)
        };
        self.problems.push(LoadProblem { key, kind });
    }

    fn new_office(&mut self) -> Office {
        Office {
            id: OfficeId(self.ids.new_id()),
            name: self.settings.office_name.clone(),
        }
    }

    /// Reads a key of this namespace; a storage failure makes the store read-only.
    fn read_at_open(&mut self, name: &str) -> Option<String> {
        let key = self.disk.key(name);
        self.read_key_at_open(&key)
    }

    fn read_key_at_open(&mut self, key: &str) -> Option<String> {
        match self.disk.read(key) {
            Ok(value) => value,
            Err(e) => {
                if self.disk.blocked.is_none() {
                    self.block(StoreError::Storage(e.clone()), ProblemKind::Unavailable(e));
                }
                None
            }
        }
    }

    fn read_schema(&mut self) -> Option<u32> {
        let value = self.read_at_open(SCHEMA)?;
        match value.trim().parse() {
            Ok(n) => Some(n),
            Err(_) => {
                let reason = CorruptReason::Json(format!("skema \"{}\"", short(&value)));
                self.set_aside(SCHEMA, &value, reason);
                None
            }
        }
    }

    fn set_aside(&mut self, name: &str, value: &str, reason: CorruptReason) {
        let key = self.disk.key(name);
        let problem = self.quarantine(&key, value, reason);
        self.problems.push(problem);
    }

    /// A journal left by a save that did not finish: its old values are restored.
    fn recover_journal(&mut self) {
        let Some(text) = self.read_at_open(JOURNAL) else {
            return;
        };
        match serde_json::from_str::<Journal>(&text) {
            Ok(journal) => match self.disk.rollback(&journal) {
                Ok(()) => self.note(
                    JOURNAL,
                    ProblemKind::JournalRolledBack {
                        keys: journal.entries.len(),
                    },
                ),
                Err(e) => {
                    self.disk.set_pending(journal);
                    self.note(JOURNAL, ProblemKind::JournalNotRolledBack(e));
                }
            },
            Err(e) => self.set_aside(JOURNAL, &text, CorruptReason::Json(json_error::text(&e))),
        }
    }

    /// A JSON value of this namespace; a damaged one is set aside and `None` returned.
    fn load_json<T: DeserializeOwned>(&mut self, name: &str) -> Option<T> {
        let text = self.read_at_open(name)?;
        match serde_json::from_str(&text) {
            Ok(value) => Some(value),
            Err(e) => {
                self.set_aside(name, &text, CorruptReason::Json(json_error::text(&e)));
                None
            }
        }
    }

    /// The office id is made once per installation (and per namespace).
    fn load_office(&mut self) {
        self.office = match self.load_json::<Office>(OFFICE) {
            Some(office) => office,
            None => {
                let office = self.new_office();
                let text = serde_json::to_string(&office).expect("offices serialize");
                if let Err(e) = self.disk.write(&[Op::set(self.disk.key(OFFICE), text)]) {
                    self.note(OFFICE, not_saved(e));
                }
                office
            }
        };
        // The settings hold the name the office chose; the office key follows them.
        self.office.name = self.settings.office_name.clone();
    }

    /// Summaries of every stored case; returns the cases still in the earlier layout and
    /// the keys listed (`None` if they could not be).
    fn load_cases(&mut self) -> (Vec<(String, Case)>, Option<Vec<String>>) {
        let keys = match self.disk.storage.keys() {
            Ok(keys) => keys,
            Err(e) => {
                self.note(SCHEMA, ProblemKind::Unavailable(e));
                return (Vec::new(), None);
            }
        };
        let cases: Vec<(&String, CaseId)> = keys
            .iter()
            .filter_map(|key| Some((key, self.disk.ns.case_of(key)?)))
            .collect();
        let mut found = self.summaries_from_index(&cases);
        let missing: Vec<(&String, CaseId)> = cases
            .iter()
            .zip(&found)
            .filter(|(_, summary)| summary.is_none())
            .map(|(case, _)| case.clone())
            .collect();
        let mut from_parts = if missing.is_empty() {
            Vec::new()
        } else {
            self.summaries_from_parts(&missing)
        }
        .into_iter();
        for summary in found.iter_mut().filter(|s| s.is_none()) {
            *summary = from_parts.next().flatten();
        }
        let mut parts = found.into_iter();
        let mut earlier = Vec::new();
        for (key, id) in cases {
            if let Some(summary) = parts.next().flatten() {
                self.summaries.insert(id, summary);
                continue;
            }
            let Some(value) = self.read_key_at_open(key) else {
                continue;
            };
            match self.summary_of(&id, &value) {
                Ok((summary, case)) => {
                    self.summaries.insert(id, summary);
                    if let Some(case) = case {
                        earlier.push((key.clone(), case));
                    }
                }
                Err(reason) => {
                    let problem = self.quarantine(key, &value, reason);
                    self.problems.push(problem);
                }
            }
        }
        (earlier, Some(keys))
    }

    /// The summaries of cases from the parts of their records that hold them
    /// (`record::summary_from_parts`), read all at once; `None` for a record to be read
    /// whole (and for all of them if the parts could not be read).
    fn summaries_from_parts(&mut self, cases: &[(&String, CaseId)]) -> Vec<Option<CaseSummary>> {
        let stream = |head: &str| {
            let at = record::stream_at(head)?;
            Some((at, at.saturating_add(record::STREAM_UNITS)))
        };
        let keys: Vec<&str> = cases.iter().map(|(key, _)| key.as_str()).collect();
        let Ok(parts) = self.disk.read_parts_of(&keys, record::HEAD_UNITS, &stream) else {
            return Vec::new();
        };
        parts
            .into_iter()
            .zip(cases)
            .map(|(parts, (_, id))| {
                let parts = parts.filter(|p| p.units > record::HEAD_UNITS)?;
                record::summary_from_parts(id, &parts.first, parts.second.as_deref()?)
            })
            .collect()
    }

    /// The summary of a stored case; for the earlier layout, also the replayed case.
    pub(super) fn summary_of(
        &self,
        id: &CaseId,
        value: &str,
    ) -> Result<(CaseSummary, Option<Case>), CorruptReason> {
        let (summary, case) = if record::is_record(value) {
            (record::decode_summary(id, value)?, None)
        } else if legacy::is_v1(value) {
            let case = legacy::decode(&self.sop, value)?;
            (case.summary(), Some(case))
        } else {
            return Err(CorruptReason::UnknownFormat);
        };
        if summary.id != *id {
            return Err(CorruptReason::WrongCase);
        }
        Ok((summary, case))
    }

    /// Rewrites earlier-layout cases as records, a batch per journal: every record is read
    /// back and compared before the schema number changes, and a failure undoes the batch,
    /// leaving its earlier data as it was (still readable, migrated at the next opening).
    fn migrate(&mut self, earlier: Vec<(String, Case)>) {
        let total = earlier.len();
        let mut batches: Vec<Vec<(String, String)>> = vec![Vec::new()];
        let mut units = 0;
        for (key, case) in &earlier {
            let old = utf16_len(&legacy::encode(case));
            if units + old > MIGRATION_BATCH_UNITS && !batches[batches.len() - 1].is_empty() {
                batches.push(Vec::new());
                units = 0;
            }
            units += old;
            let last = batches.len() - 1;
            batches[last].push((key.clone(), record::encode(case).0));
        }
        let count = batches.len();
        for (i, batch) in batches.into_iter().enumerate() {
            if let Err(e) = self.migrate_batch(&batch, i + 1 == count) {
                self.note(SCHEMA, ProblemKind::MigrationFailed(e));
                return;
            }
        }
        self.note(SCHEMA, ProblemKind::Migrated { cases: total });
    }

    fn migrate_batch(
        &mut self,
        batch: &[(String, String)],
        last: bool,
    ) -> Result<(), StorageError> {
        self.disk.ready().map_err(|e| match e {
            StoreError::Storage(e) => e,
            other => StorageError::Other(other.to_string()),
        })?;
        let schema_key = self.disk.key(SCHEMA);
        let mut keys: Vec<String> = batch.iter().map(|(k, _)| k.clone()).collect();
        if last {
            keys.push(schema_key.clone());
        }
        let journal = self.disk.begin(keys)?;
        for (key, value) in batch {
            if let Err(e) = self.disk.put(key, Some(value)) {
                return Err(self.disk.abort(journal, e));
            }
        }
        for (key, value) in batch {
            match self.disk.storage.get(key) {
                Ok(Some(back)) if back == *value => {}
                Ok(_) => {
                    let e = StorageError::Other("salinan yang dibaca kembali tidak cocok".into());
                    return Err(self.disk.abort(journal, e));
                }
                Err(e) => return Err(self.disk.abort(journal, e)),
            }
        }
        if last {
            if let Err(e) = self
                .disk
                .put(&schema_key, Some(&CURRENT_SCHEMA.to_string()))
            {
                return Err(self.disk.abort(journal, e));
            }
        }
        self.disk.commit(journal)
    }
}

fn not_saved(e: StoreError) -> ProblemKind {
    match e {
        StoreError::Storage(e) => ProblemKind::NotSaved(e),
        other => ProblemKind::NotSaved(StorageError::Other(other.to_string())),
    }
}

/// The start of a value, for a message.
fn short(value: &str) -> String {
    value.chars().take(20).collect()
}
