//! Two tabs of the app on one storage. The browser tells a tab that another one changed a
//! key (the `storage` event); the tab reloads it. Browsers do not make one tab's writes
//! atomic with its reads across tabs, so a tab may write a case from a stale view and
//! drop an event the other tab recorded: the tab that recorded it sees its event missing
//! and writes the union back.

use super::disk::Op;
use super::layout::{CURRENT_SCHEMA, EXPORTS, KNOWN_OFFICES, OFFICE, SCHEMA, SETTINGS};
use super::settings::{Office, Settings};
use super::storage::Storage;
use super::{legacy, record, Store, StoreError};
use crate::core::case::{Case, CaseId, Event};
use crate::core::sop::Sop;

impl<S: Storage> Store<S> {
    /// Call on the browser's `storage` event for `key` (a key another tab changed).
    /// Returns the cases whose summary changed, for the UI to refresh.
    pub fn external_change(&mut self, sop: &Sop, key: &str) -> Result<Vec<CaseId>, StoreError> {
        let Some(name) = self.disk.ns.relative(key) else {
            return Ok(Vec::new());
        };
        if let Some(id) = self.disk.ns.case_of(key) {
            return self.case_changed(sop, key, id);
        }
        let name = name.to_string();
        let value = self.disk.read(key)?;
        match name.as_str() {
            SETTINGS => {
                let settings = match value {
                    Some(text) => serde_json::from_str(&text).ok(),
                    None => Some(Settings::default()),
                };
                if let Some(settings) = settings {
                    self.office.name = settings.office_name.clone();
                    self.settings = settings;
                }
            }
            EXPORTS => {
                if let Some(marks) =
                    value.map_or(Some(Default::default()), |t| serde_json::from_str(&t).ok())
                {
                    self.exports = marks;
                }
            }
            KNOWN_OFFICES => {
                // Another tab learned names: it wrote what was stored with what it learned.
                if let Some(mut names) = value.and_then(|t| {
                    serde_json::from_str::<crate::core::offices::OfficeNames>(&t).ok()
                }) {
                    for (id, name) in std::mem::take(&mut self.known_offices) {
                        names.entry(id).or_insert(name);
                    }
                    self.known_offices = names;
                }
            }
            OFFICE => {
                if let Some(office) = value.and_then(|t| serde_json::from_str::<Office>(&t).ok()) {
                    self.office.id = office.id;
                }
            }
            SCHEMA => {
                let newer = value
                    .and_then(|v| v.trim().parse::<u32>().ok())
                    .is_some_and(|n| n > CURRENT_SCHEMA);
                if newer {
                    self.disk.blocked = Some(StoreError::NewerSchema);
                }
            }
            _ => {}
        }
        Ok(Vec::new())
    }

    /// Reads what other tabs changed without waiting for their `storage` events: before a
    /// letter takes a number, the register must know every letter already stored.
    pub fn catch_up(&mut self, sop: &Sop) -> Result<Vec<CaseId>, StoreError> {
        let mut changed = Vec::new();
        for key in self.disk.changed_keys()? {
            changed.extend(self.external_change(sop, &key)?);
        }
        Ok(changed)
    }

    fn case_changed(
        &mut self,
        sop: &Sop,
        key: &str,
        id: CaseId,
    ) -> Result<Vec<CaseId>, StoreError> {
        let Some(value) = self.disk.read(key)? else {
            let had = self.summaries.contains_key(&id);
            self.forget(&id);
            self.written.remove(&id);
            return Ok(if had { vec![id] } else { Vec::new() });
        };
        // A value this version cannot read is left for the next opening to judge.
        let Ok((summary, _)) = self.summary_of(&id, &value) else {
            return Ok(Vec::new());
        };
        if self.summaries.get(&id) == Some(&summary) {
            return Ok(Vec::new());
        }
        self.summaries.insert(id.clone(), summary);
        if let Some(merged) = self.repair(sop, &id, &value)? {
            let (record, summary) = record::encode(&merged);
            self.disk
                .write(&[Op::set(key.to_string(), record.clone())])?;
            self.summaries.insert(id.clone(), summary);
            self.cache.put(record, merged);
        }
        Ok(vec![id])
    }

    /// The union to write back when `value` lacks events this store recorded (with the
    /// rest of what it knows of the case, so their parents come along).
    fn repair(&self, sop: &Sop, id: &CaseId, value: &str) -> Result<Option<Case>, StoreError> {
        let Some(mine) = self.written.get(id) else {
            return Ok(None);
        };
        let stored = if legacy::is_v1(value) {
            legacy::decode(&self.sop, value)
        } else {
            record::decode_case(&self.sop, id, value)
        };
        let Ok(stored) = stored else {
            return Ok(None);
        };
        let has = |e: &Event| stored.events().iter().any(|s| s.id == e.id);
        if mine.iter().all(has) {
            return Ok(None);
        }
        let mut lost: Vec<Event> = Vec::new();
        let known = self.cache.known(id).map(|c| c.events()).unwrap_or_default();
        for e in known.iter().chain(mine) {
            if !has(e) && !lost.iter().any(|l| l.id == e.id) {
                lost.push(e.clone());
            }
        }
        stored
            .merge(sop, &lost)
            .map(Some)
            .map_err(StoreError::Replay)
    }
}
