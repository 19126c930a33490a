//! The local-first store: cases, settings and the office identity in the browser's
//! localStorage, behind a `Storage` trait so everything but the browser glue is tested
//! natively.
//!
//! Layout (`layout`): `<ns>/skema`, `<ns>/kantor`, `<ns>/kantor-lain`, `<ns>/pengaturan`,
//! `<ns>/ekspor`, `<ns>/jurnal`, `<ns>/kasus/<id>` (one compressed record per case, `record`),
//! `<ns>/indeks` (every summary in one value, derived, `index`) and
//! `<ns>/karantina/<key>` (damaged values set aside). Saving one case is one `set`;
//! saves of several keys go through the journal (`disk`). Opening never fails: what it
//! finds wrong is listed in `report()`.

mod cache;
mod disk;
mod error;
pub mod index;
pub mod layout;
pub mod legacy;
mod memory;
mod open;
mod problem;
pub mod record;
pub mod samples;
mod save;
mod settings;
mod storage;
mod tabs;

use std::collections::{BTreeMap, HashMap};

pub use error::StoreError;
pub use layout::{Namespace, CURRENT_SCHEMA};
pub use memory::MemoryStorage;
pub use problem::{CorruptReason, LoadProblem, ProblemKind};
pub use settings::{Office, Settings, Usage, DEFAULT_OFFICE_NAME};
pub use storage::{
    entry_units, split_units, utf16_len, Storage, StorageError, ValueParts, CHROMIUM_QUOTA_UNITS,
};

use crate::core::case::{Case, CaseId, CaseSummary, Event};
use crate::core::ids::IdSource;
use crate::core::offices::{OfficeDirectory, OfficeName, OfficeNames};
use crate::core::register::{Direction, LetterEntry, Register, RegisterRow};
use crate::core::sop::Sop;
use cache::Cache;
use disk::Disk;

pub struct Store<S: Storage> {
    disk: Disk<S>,
    /// The SOP cases are replayed under (replay does not depend on the office's settings).
    sop: Sop,
    ids: Box<dyn IdSource>,
    office: Office,
    settings: Settings,
    summaries: BTreeMap<CaseId, CaseSummary>,
    /// The history hash of each summary the stored index holds, as far as this store knows.
    indexed: BTreeMap<CaseId, crate::core::hash::Hash>,
    /// How many summaries opening took from the index.
    index_hits: usize,
    /// Per case, the number of events the last export included.
    exports: BTreeMap<CaseId, usize>,
    /// Whether `exports` holds marks that could not be saved (storage full): they count
    /// for this session only.
    exports_unsaved: bool,
    /// The names of other copies, learned from imported files.
    known_offices: OfficeNames,
    cache: Cache,
    /// Events this store recorded in this session, per case: if another tab overwrites a
    /// case from a stale view, they are merged back (`external_change`, `execute`).
    written: HashMap<CaseId, Vec<Event>>,
    problems: Vec<LoadProblem>,
}

impl<S: Storage> Store<S> {
    /// What opening (and later full loads) found wrong, oldest first.
    pub fn report(&self) -> &[LoadProblem] {
        &self.problems
    }

    /// Why the store refuses every write, if it does (newer schema, storage unavailable).
    pub fn read_only(&self) -> Option<&StoreError> {
        self.disk.blocked.as_ref()
    }

    pub fn namespace(&self) -> Namespace {
        self.disk.ns
    }

    pub fn office(&self) -> &Office {
        &self.office
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn summaries(&self) -> &BTreeMap<CaseId, CaseSummary> {
        &self.summaries
    }

    pub fn summary(&self, id: &CaseId) -> Option<&CaseSummary> {
        self.summaries.get(id)
    }

    /// The buku agenda: every letter of every case stored here.
    pub fn register(&self) -> Register {
        self.letters(|_| true)
    }

    /// The next number this copy gives in its book (`AgendaFormats::next_free`: within its
    /// block, past numbers other copies' letters carry), without building the register (the
    /// case page asks at every step).
    pub fn next_letter_seq(&self, direction: Direction, year: i32) -> u32 {
        let letters = self
            .summaries
            .values()
            .flat_map(|s| s.letters.iter().map(|l| &l.entry));
        self.settings
            .agenda
            .next_free(letters, &self.office.id, direction, year)
    }

    /// Names of the copies this store knows: itself (Pengaturan), the ones imported files
    /// named, and, for copies no file named (files of earlier versions), the office name
    /// their latest letter carries.
    pub fn office_directory(&self) -> OfficeDirectory {
        let mut known = self.known_offices.clone();
        let mut from_letters: BTreeMap<&crate::core::case::OfficeId, (&chrono::NaiveDate, &str)> =
            BTreeMap::new();
        for letter in self.summaries.values().flat_map(|s| &s.letters) {
            let e = &letter.entry;
            if e.office == self.office.id || known.contains_key(&e.office) {
                continue;
            }
            let newer = from_letters
                .get(&e.office)
                .is_none_or(|(date, _)| *date <= &e.date);
            if newer {
                from_letters.insert(&e.office, (&e.date, e.office_name.as_str()));
            }
        }
        for (id, (_, name)) in from_letters {
            known.insert(id.clone(), OfficeName::new(name, ""));
        }
        OfficeDirectory {
            own: self.office.id.clone(),
            own_name: OfficeName::new(&self.settings.office_name, &self.settings.copy_label),
            known,
        }
    }

    /// Whether the export marks of this session could not be saved (storage full): the
    /// counter of unexported changes then holds until the page is closed.
    pub fn export_marks_unsaved(&self) -> bool {
        self.exports_unsaved
    }

    /// The register of the letters `keep` selects.
    fn letters(&self, keep: impl Fn(&LetterEntry) -> bool) -> Register {
        Register::new(
            self.summaries
                .values()
                .flat_map(|s| {
                    s.letters
                        .iter()
                        .filter(|l| keep(&l.entry))
                        .map(|l| RegisterRow {
                            entry: l.entry.clone(),
                            case: s.id.clone(),
                            company: s.company.clone(),
                            round: l.round,
                            step: l.step,
                        })
                })
                .collect(),
        )
    }

    /// Per case, how many of its events the last export included.
    pub fn export_marks(&self) -> &BTreeMap<CaseId, usize> {
        &self.exports
    }

    /// Events recorded since they were last exported, over all cases.
    pub fn unexported_changes(&self) -> usize {
        self.summaries
            .iter()
            .map(|(id, s)| {
                s.event_count
                    .saturating_sub(self.exports.get(id).copied().unwrap_or(0))
            })
            .sum()
    }

    /// How many summaries opening took from the summary index (`index`), not the records.
    pub fn index_hits(&self) -> usize {
        self.index_hits
    }

    pub fn usage(&self) -> Usage {
        Usage {
            used_units: self.disk.used_units(),
            quota_units: self.disk.storage.quota_units(),
            cases: self.summaries.len(),
        }
    }

    /// The storage underneath (to reopen it, or inspect it in tests).
    pub fn into_storage(self) -> S {
        self.disk.storage
    }

    /// The whole case: decompressed, hashes recomputed, replayed and checked against its
    /// summary. A damaged record is set aside (see `report`) and `Corrupt` returned.
    pub fn case(&mut self, id: &CaseId) -> Result<Case, StoreError> {
        let key = self.disk.ns.case_key(id);
        let Some(record) = self.disk.read(&key)? else {
            // Removed by another tab whose notice has not arrived yet.
            self.forget(id);
            return Err(StoreError::NotFound(id.clone()));
        };
        let case = self.decode(&key, id, record)?;
        let case = self.with_written(case)?;
        self.summaries.insert(id.clone(), case.summary());
        Ok(case)
    }

    /// Decodes a stored case (either schema), from the cache when the record is the one
    /// cached. A damaged record is quarantined.
    fn decode(&mut self, key: &str, id: &CaseId, record: String) -> Result<Case, StoreError> {
        if let Some(case) = self.cache.get(id, &record) {
            return Ok(case.clone());
        }
        let decoded = if legacy::is_v1(&record) {
            legacy::decode(&self.sop, &record)
        } else {
            record::decode_case(&self.sop, id, &record)
        };
        match decoded {
            Ok(case) if case.id() == id => {
                self.cache.put(record, case.clone());
                Ok(case)
            }
            Ok(_) => Err(self.corrupt(key, id, &record, CorruptReason::WrongCase)),
            Err(reason) => Err(self.corrupt(key, id, &record, reason)),
        }
    }

    fn corrupt(
        &mut self,
        key: &str,
        id: &CaseId,
        value: &str,
        reason: CorruptReason,
    ) -> StoreError {
        self.forget(id);
        let problem = self.quarantine(key, value, reason.clone());
        self.problems.push(problem);
        StoreError::Corrupt {
            key: key.to_string(),
            reason,
        }
    }

    fn forget(&mut self, id: &CaseId) {
        self.summaries.remove(id);
        self.cache.remove(id);
    }

    /// `case` with the events this store recorded that it lacks (a stale overwrite by
    /// another tab not yet repaired).
    fn with_written(&self, case: Case) -> Result<Case, StoreError> {
        match self.written.get(case.id()) {
            Some(mine)
                if mine
                    .iter()
                    .any(|e| !case.events().iter().any(|c| c.id == e.id)) =>
            {
                case.merge(&self.sop, mine).map_err(StoreError::Replay)
            }
            _ => Ok(case),
        }
    }

    /// Copies a damaged value to `<ns>/karantina/<key>` (never over an earlier copy), then
    /// removes it from its place. If the copy cannot be written, the value stays.
    fn quarantine(&mut self, key: &str, value: &str, reason: CorruptReason) -> LoadProblem {
        let problem = |kind| LoadProblem {
            key: key.to_string(),
            kind,
        };
        let not_moved = |error| ProblemKind::NotQuarantined {
            reason: reason.clone(),
            error,
        };
        if let Err(e) = self.disk.ready() {
            return problem(not_moved(match e {
                StoreError::Storage(e) => e,
                other => StorageError::Other(other.message(crate::i18n::Lang::Id)),
            }));
        }
        let mut n = 1;
        let to = loop {
            let to = self.disk.ns.quarantine_key(key, n);
            match self.disk.storage.get(&to) {
                Ok(None) => break to,
                Ok(Some(_)) => n += 1,
                Err(e) => return problem(not_moved(e)),
            }
        };
        if let Err(e) = self.disk.put(&to, Some(value)) {
            return problem(not_moved(e));
        }
        if let Err(e) = self.disk.put(key, None) {
            return problem(not_moved(e));
        }
        problem(ProblemKind::Quarantined { reason, to })
    }
}
