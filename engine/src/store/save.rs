//! Saves. Each is all or nothing: on an error, memory and storage are as before and the
//! error says why (`StoreError::Storage(StorageError::Quota)` when storage is full).

use std::collections::BTreeMap;

use chrono::{DateTime, Utc};

use super::disk::Op;
use super::layout::{EXPORTS, KNOWN_OFFICES, OFFICE, SETTINGS};
use super::settings::{Office, Settings};
use super::storage::Storage;
use super::{record, Store, StoreError};
use crate::core::calendar::{Calendar, HolidayData};
use crate::core::case::{
    Author, Case, CaseId, CaseSummary, Command, Ctx, Event, EventId, Identity, OfficeId,
};
use crate::core::hash::Hash;
use crate::core::offices::{learn, NamedOffice, OfficeNames};
use crate::core::register::LetterEntry;
use crate::core::sop::Sop;

impl<S: Storage> Store<S> {
    /// Opens a new case (Kasus Baru) and saves it.
    pub fn create_case(
        &mut self,
        sop: &Sop,
        identity: Identity,
        author: Author,
        now: DateTime<Utc>,
    ) -> Result<CaseId, StoreError> {
        self.disk.ready()?;
        let id = CaseId(self.ids.new_id());
        let ctx = self.ctx(author, now, 1);
        let case = Case::open(sop, id.clone(), identity, &ctx)?;
        // A stored value under a brand-new id is next to impossible; merge it all the same.
        let case = match self.current(&id)? {
            Some(stored) => stored
                .merge(sop, case.events())
                .map_err(StoreError::Replay)?,
            None => case,
        };
        let event = case.events().iter().find(|e| e.id == ctx.event_id).cloned();
        self.store_case(case, event)?;
        Ok(id)
    }

    /// Validates a command against the case as stored now (merged with what this store
    /// holds, so another tab's newer events count) and saves its event. A refused command
    /// still refreshes the summary: the refusal may come from what another tab did.
    pub fn execute(
        &mut self,
        sop: &Sop,
        id: &CaseId,
        command: Command,
        author: Author,
        now: DateTime<Utc>,
    ) -> Result<(), StoreError> {
        self.disk.ready()?;
        let Some(mut case) = self.current(id)? else {
            self.forget(id);
            return Err(StoreError::NotFound(id.clone()));
        };
        // A letter takes the next number of this copy's book: checked against every case,
        // including what another tab stored a moment ago, and against the letters of other
        // copies of the same direction and year (the same number must not be given twice).
        if let Command::CompleteWithLetter { step, letter, .. } = &command {
            self.catch_up(sop)?;
            let round = case.state().round_number();
            let books = |e: &LetterEntry| e.direction == letter.direction && e.year == letter.year;
            self.letters(books)
                .check(id, round, *step, letter, &self.settings.agenda)
                .map_err(StoreError::Register)?;
        }
        // A corrected letter is checked against the book like a new one (its own old
        // number aside).
        if let Command::Correct {
            corrects,
            letter: Some(letter),
            ..
        } = &command
        {
            let before = case
                .record_of(corrects)
                .and_then(|record| case.recorded(record))
                .and_then(|now| Some((now.round, now.step, now.letter?.clone())));
            if let Some((round, step, before)) = before.filter(|(_, _, b)| b != &**letter) {
                self.catch_up(sop)?;
                let book = |e: &LetterEntry| {
                    e.office == letter.office
                        && e.direction == letter.direction
                        && e.year == letter.year
                };
                self.letters(book)
                    .check_correction(id, round, step, &before, letter)
                    .map_err(StoreError::Register)?;
            }
        }
        let office = &self.office.id;
        let seq = 1 + case.events().iter().filter(|e| e.office == *office).count() as u64;
        let ctx = self.ctx(author, now, seq);
        // The office's calendar, as its screens use it: it says when a permit is batal.
        let calendar = Calendar::new(HolidayData::embedded(), &self.settings.calendar);
        match case.execute_with(sop, &calendar, command, &ctx) {
            Ok(event) => {
                let event = event.clone();
                self.store_case(case, Some(event))
            }
            Err(e) => {
                self.summaries.insert(id.clone(), case.summary());
                Err(e.into())
            }
        }
    }

    fn ctx(&mut self, author: Author, now: DateTime<Utc>, seq: u64) -> Ctx {
        Ctx {
            event_id: EventId(self.ids.new_id()),
            office: self.office.id.clone(),
            seq,
            at: now,
            author,
        }
    }

    /// The case as stored, with the events this store holds that the stored value lacks;
    /// `None` if it is not stored. A damaged stored value is quarantined and counts as
    /// not stored.
    fn current(&mut self, id: &CaseId) -> Result<Option<Case>, StoreError> {
        let known = self.cache.known(id).cloned();
        let key = self.disk.ns.case_key(id);
        let stored = match self.disk.read(&key)? {
            None => return Ok(None),
            Some(record) => match self.decode(&key, id, record) {
                Ok(case) => case,
                Err(StoreError::Corrupt { .. }) => return Ok(None),
                Err(e) => return Err(e),
            },
        };
        let stored = match known {
            Some(known) if known.state().history_hash != stored.state().history_hash => stored
                .merge(&self.sop, known.events())
                .map_err(StoreError::Replay)?,
            _ => stored,
        };
        self.with_written(stored).map(Some)
    }

    fn store_case(&mut self, case: Case, event: Option<Event>) -> Result<(), StoreError> {
        let id = case.id().clone();
        let (record, summary) = record::encode(&case);
        self.disk
            .write(&[Op::set(self.disk.ns.case_key(&id), record.clone())])?;
        self.summaries.insert(id.clone(), summary);
        if let Some(event) = event {
            self.written.entry(id).or_default().push(event);
        }
        self.cache.put(record, case);
        Ok(())
    }

    /// Saves imported cases, all or nothing. Each is merged with the stored copy (union
    /// of events), so nothing stored is lost; cases that bring nothing new are not
    /// rewritten.
    pub fn commit_import(&mut self, sop: &Sop, cases: Vec<Case>) -> Result<(), StoreError> {
        self.commit_import_named(sop, cases, &OfficeId(String::new()), &[])
    }

    /// `commit_import`, learning in the same save the names of the copies the file names
    /// (`offices::learn`: the exporting copy names itself, others only fill gaps).
    pub fn commit_import_named(
        &mut self,
        sop: &Sop,
        cases: Vec<Case>,
        exporter: &OfficeId,
        named: &[NamedOffice],
    ) -> Result<(), StoreError> {
        self.disk.ready()?;
        let mut merged: BTreeMap<CaseId, (Option<Hash>, Case)> = BTreeMap::new();
        for case in cases {
            let id = case.id().clone();
            let (stored_hash, base) = match merged.remove(&id) {
                Some((hash, base)) => (hash, Some(base)),
                None => {
                    let stored = self.current(&id)?;
                    let hash = stored.as_ref().map(|c| c.state().history_hash.clone());
                    (hash, stored)
                }
            };
            let next = match base {
                Some(base) => base.merge(sop, case.events()).map_err(StoreError::Replay)?,
                None => case,
            };
            merged.insert(id, (stored_hash, next));
        }
        let changed: Vec<Case> = merged
            .into_values()
            .filter(|(hash, case)| hash.as_ref() != Some(&case.state().history_hash))
            .map(|(_, case)| case)
            .collect();
        let (mut ops, summaries) = self.records(&changed);
        let names_key = self.disk.key(KNOWN_OFFICES);
        let mut known = self.known_offices.clone();
        if !named.is_empty() {
            // Another tab may have learned names since this one read them.
            let stored = self.disk.read(&names_key)?;
            if let Some(stored) = stored.and_then(|t| serde_json::from_str::<OfficeNames>(&t).ok())
            {
                for (id, name) in stored {
                    known.entry(id).or_insert(name);
                }
            }
            if learn(&mut known, &self.office.id, exporter, named) {
                let text = serde_json::to_string(&known).expect("names serialize");
                ops.push(Op::set(names_key, text));
            }
        }
        self.disk.write(&ops)?;
        for summary in summaries {
            self.cache.remove(&summary.id);
            self.summaries.insert(summary.id.clone(), summary);
        }
        self.known_offices = known;
        Ok(())
    }

    /// The set operations that store `cases`, and their summaries.
    fn records(&self, cases: &[Case]) -> (Vec<Op>, Vec<CaseSummary>) {
        cases
            .iter()
            .map(|case| {
                let (record, summary) = record::encode(case);
                (Op::set(self.disk.ns.case_key(case.id()), record), summary)
            })
            .unzip()
    }

    /// Replaces every case of the namespace with `cases` (the training mode's reset); the
    /// export marks go too.
    pub fn replace_all(&mut self, cases: Vec<Case>) -> Result<(), StoreError> {
        self.disk.ready()?;
        let new: BTreeMap<CaseId, Case> = cases.into_iter().map(|c| (c.id().clone(), c)).collect();
        let mut ops = Vec::new();
        for key in self.disk.storage.keys()? {
            if let Some(id) = self.disk.ns.case_of(&key) {
                if !new.contains_key(&id) {
                    ops.push(Op::remove(key));
                }
            }
        }
        let cases: Vec<Case> = new.into_values().collect();
        let (records, summaries) = self.records(&cases);
        ops.extend(records);
        let exports = self.disk.key(EXPORTS);
        if self.disk.read(&exports)?.is_some() {
            ops.push(Op::remove(exports));
        }
        self.disk.write(&ops)?;
        self.summaries = summaries.into_iter().map(|s| (s.id.clone(), s)).collect();
        self.exports.clear();
        self.exports_unsaved = false;
        self.cache.clear();
        self.written.clear();
        Ok(())
    }

    /// Removes cases (and their export marks), all or nothing.
    pub fn delete_cases(&mut self, ids: &[CaseId]) -> Result<(), StoreError> {
        self.disk.ready()?;
        let mut ops: Vec<Op> = ids
            .iter()
            .map(|id| Op::remove(self.disk.ns.case_key(id)))
            .collect();
        let mut exports = self.exports.clone();
        exports.retain(|id, _| !ids.contains(id));
        if exports != self.exports {
            ops.push(self.exports_op(&exports));
        }
        self.disk.write(&ops)?;
        for id in ids {
            self.forget(id);
            self.written.remove(id);
        }
        self.exports = exports;
        Ok(())
    }

    /// Saves the settings; a new office name is saved with the office in the same save.
    pub fn save_settings(&mut self, settings: Settings) -> Result<(), StoreError> {
        self.disk.ready()?;
        let text = serde_json::to_string(&settings).expect("settings serialize");
        let mut ops = vec![Op::set(self.disk.key(SETTINGS), text)];
        let office = Office {
            id: self.office.id.clone(),
            name: settings.office_name.clone(),
        };
        if office != self.office {
            let text = serde_json::to_string(&office).expect("offices serialize");
            ops.push(Op::set(self.disk.key(OFFICE), text));
        }
        self.disk.write(&ops)?;
        self.settings = settings;
        self.office = office;
        Ok(())
    }

    /// Records that the last export included these cases as they are now. The file has
    /// been downloaded by then: when the marks cannot be saved (storage full or not
    /// writable), they still count in memory for this session (`export_marks_unsaved`), and
    /// the error says why they were not saved.
    pub fn mark_exported(&mut self, ids: &[CaseId]) -> Result<(), StoreError> {
        let mut exports = self.exports.clone();
        for id in ids {
            if let Some(summary) = self.summaries.get(id) {
                exports.insert(id.clone(), summary.event_count);
            }
        }
        let op = self.exports_op(&exports);
        let saved = self.disk.ready().and_then(|()| self.disk.write(&[op]));
        self.exports = exports;
        self.exports_unsaved = saved.is_err();
        saved
    }

    fn exports_op(&self, exports: &BTreeMap<CaseId, usize>) -> Op {
        let key = self.disk.key(EXPORTS);
        if exports.is_empty() {
            Op::remove(key)
        } else {
            Op::set(
                key,
                serde_json::to_string(exports).expect("marks serialize"),
            )
        }
    }

    /// Every case in full (for an export). Damaged ones are set aside and left out;
    /// `report()` lists them.
    pub fn all_cases(&mut self) -> Result<Vec<Case>, StoreError> {
        let ids: Vec<CaseId> = self.summaries.keys().cloned().collect();
        let mut cases = Vec::with_capacity(ids.len());
        for id in ids {
            match self.case(&id) {
                Ok(case) => cases.push(case),
                Err(StoreError::Corrupt { .. } | StoreError::NotFound(_)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(cases)
    }
}
