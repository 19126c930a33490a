//! Writes to storage, all or nothing. One key is written by a single `set` (atomic in
//! localStorage). Several keys go through the journal: first one value holding every
//! key's old value (an undo log), then the writes, then the journal is removed. A failure
//! midway restores the old values; a journal found at opening (a tab closed midway) is
//! rolled back the same way. Undoing needs only the old values, so the journal does not
//! hold the new ones: that halves the room a large import needs while it is saved.

use std::collections::{HashMap, HashSet};

use serde::{Deserialize, Serialize};

use super::error::StoreError;
use super::layout::{Namespace, INDEX, JOURNAL};
use super::storage::{entry_units, utf16_len, Storage, StorageError, ValueParts};

/// One key's new value; `None` removes it.
#[derive(Clone, Debug, PartialEq)]
pub struct Op {
    pub key: String,
    pub value: Option<String>,
}

impl Op {
    pub fn set(key: String, value: String) -> Op {
        Op {
            key,
            value: Some(value),
        }
    }
    pub fn remove(key: String) -> Op {
        Op { key, value: None }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Journal {
    pub entries: Vec<JournalEntry>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct JournalEntry {
    pub key: String,
    /// The value before the save; `None`: the key did not exist.
    pub old: Option<String>,
}

impl Journal {
    fn old(&self, key: &str) -> Option<&Option<String>> {
        self.entries.iter().find(|e| e.key == key).map(|e| &e.old)
    }
}

pub struct Disk<S: Storage> {
    pub storage: S,
    pub ns: Namespace,
    /// Units of every key of this namespace, as last read or written.
    sizes: HashMap<String, usize>,
    /// Units of keys of other namespaces and other apps, measured at opening.
    other_units: usize,
    /// A save this store could not undo (storage failing): undone before anything else is
    /// written, and its old values are what reads see meanwhile.
    pending: Option<Journal>,
    /// Why nothing may be written (newer schema, storage unavailable).
    pub blocked: Option<StoreError>,
}

impl<S: Storage> Disk<S> {
    pub fn new(storage: S, ns: Namespace) -> Disk<S> {
        Disk {
            storage,
            ns,
            sizes: HashMap::new(),
            other_units: 0,
            pending: None,
            blocked: None,
        }
    }

    pub fn key(&self, name: &str) -> String {
        self.ns.key(name)
    }

    /// The stored value, as the last completed save left it.
    pub fn read(&mut self, key: &str) -> Result<Option<String>, StorageError> {
        if let Some(old) = self.pending.as_ref().and_then(|j| j.old(key)) {
            return Ok(old.clone());
        }
        let value = self.storage.get(key)?;
        self.measure(key, value.as_deref());
        Ok(value)
    }

    /// `Storage::get_parts_of` for `keys`, each value measured; `None` for a key without a
    /// value and for one a pending journal holds (its old value is what counts: read it
    /// whole).
    pub fn read_parts_of(
        &mut self,
        keys: &[&str],
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Vec<Option<ValueParts>>, StorageError> {
        let held = |key: &str| self.pending.as_ref().is_some_and(|j| j.old(key).is_some());
        let asked: Vec<&str> = keys.iter().copied().filter(|k| !held(k)).collect();
        let mut read = self.storage.get_parts_of(&asked, head, next)?.into_iter();
        let mut parts = Vec::with_capacity(keys.len());
        for &key in keys {
            if held(key) {
                parts.push(None);
                continue;
            }
            let got = read.next().ok_or(StorageError::Unavailable)?;
            if let Some(got) = &got {
                if self.ns.relative(key).is_some() {
                    self.sizes
                        .insert(key.to_string(), utf16_len(key) + got.units);
                }
            }
            parts.push(got);
        }
        Ok(parts)
    }

    fn measure(&mut self, key: &str, value: Option<&str>) {
        if self.ns.relative(key).is_none() {
            return;
        }
        match value {
            Some(v) => self.sizes.insert(key.to_string(), entry_units(key, v)),
            None => self.sizes.remove(key),
        };
    }

    /// Measures what the store has not read: keys of other namespaces, quarantined values.
    /// `keys` were listed after the last write this store did not make itself (opening
    /// lists them once): what it wrote since is measured already.
    pub fn measure_all(&mut self, keys: &[String]) -> Result<(), StorageError> {
        let mut other = 0;
        for key in keys {
            if self.ns.relative(key).is_none() {
                other += utf16_len(key) + self.storage.value_units(key)?.unwrap_or(0);
            } else if !self.sizes.contains_key(key) {
                let value = self.storage.get(key)?;
                self.measure(key, value.as_deref());
            }
        }
        self.other_units = other;
        Ok(())
    }

    /// Keys of this namespace whose stored size differs from what this store last read or
    /// wrote: another tab changed them (its `storage` event may not have arrived yet).
    pub fn changed_keys(&mut self) -> Result<Vec<String>, StorageError> {
        let mut changed = Vec::new();
        let mut present = HashSet::new();
        for key in self.storage.keys()? {
            if self.ns.relative(&key).is_none() {
                continue;
            }
            let units = self.storage.value_units(&key)?.map(|v| utf16_len(&key) + v);
            if units != self.sizes.get(&key).copied() {
                changed.push(key.clone());
            }
            present.insert(key);
        }
        for key in self.sizes.keys() {
            if !present.contains(key) && !changed.contains(key) {
                changed.push(key.clone());
            }
        }
        Ok(changed)
    }

    /// What `key` takes (key and value, UTF-16 units) as far as this store has measured.
    pub fn size_of(&self, key: &str) -> usize {
        self.sizes.get(key).copied().unwrap_or(0)
    }

    pub fn used_units(&self) -> usize {
        self.other_units + self.sizes.values().sum::<usize>()
    }

    pub fn put(&mut self, key: &str, value: Option<&str>) -> Result<(), StorageError> {
        match value {
            Some(v) => self.storage.set(key, v)?,
            None => self.storage.remove(key)?,
        }
        self.measure(key, value);
        Ok(())
    }

    /// Whether writing is allowed now: not blocked, and an earlier failed save undone.
    pub fn ready(&mut self) -> Result<(), StoreError> {
        if let Some(blocked) = &self.blocked {
            return Err(blocked.clone());
        }
        if let Some(journal) = self.pending.take() {
            if let Err(e) = self.rollback(&journal) {
                self.pending = Some(journal);
                return Err(e.into());
            }
        }
        Ok(())
    }

    /// Writes `ops` all or nothing. On an error, storage is as before (or, if even undoing
    /// failed, it will be undone before the next write or at the next opening).
    pub fn write(&mut self, ops: &[Op]) -> Result<(), StoreError> {
        match self.write_once(ops) {
            // The summary index (derived, `index`) gives its room up to the cases.
            Err(StoreError::Storage(StorageError::Quota)) if self.drop_index_for(ops) => {
                self.write_once(ops)
            }
            result => result,
        }
    }

    /// Removes the summary index, unless `ops` write it; whether there was one to remove.
    fn drop_index_for(&mut self, ops: &[Op]) -> bool {
        let index = self.key(INDEX);
        !ops.iter().any(|op| op.key == index)
            && matches!(self.storage.get(&index), Ok(Some(_)))
            && self.put(&index, None).is_ok()
    }

    fn write_once(&mut self, ops: &[Op]) -> Result<(), StoreError> {
        self.ready()?;
        match ops {
            [] => Ok(()),
            [op] => Ok(self.put(&op.key, op.value.as_deref())?),
            _ => {
                let journal = self.begin(ops.iter().map(|op| op.key.clone()).collect())?;
                for op in ops {
                    if let Err(e) = self.put(&op.key, op.value.as_deref()) {
                        return Err(self.abort(journal, e).into());
                    }
                }
                Ok(self.commit(journal)?)
            }
        }
    }

    /// Starts a multi-key save: records the old value of every key in the journal.
    pub fn begin(&mut self, keys: Vec<String>) -> Result<Journal, StorageError> {
        let mut entries = Vec::with_capacity(keys.len());
        for key in keys {
            let old = self.storage.get(&key)?;
            entries.push(JournalEntry { key, old });
        }
        let journal = Journal { entries };
        let text = serde_json::to_string(&journal).expect("journals serialize");
        let key = self.key(JOURNAL);
        self.put(&key, Some(&text))?;
        Ok(journal)
    }

    /// Ends a multi-key save. If the journal cannot be removed the save is undone: a
    /// journal left behind would undo it at the next opening anyway.
    pub fn commit(&mut self, journal: Journal) -> Result<(), StorageError> {
        let key = self.key(JOURNAL);
        match self.put(&key, None) {
            Ok(()) => Ok(()),
            Err(e) => Err(self.abort(journal, e)),
        }
    }

    /// Undoes a multi-key save after `error`, and returns `error`.
    pub fn abort(&mut self, journal: Journal, error: StorageError) -> StorageError {
        if self.rollback(&journal).is_err() {
            self.pending = Some(journal);
        }
        error
    }

    /// Restores every old value (last key first, so each state passed through is one
    /// that existed during the save and fits the quota), then removes the journal.
    /// Keys already holding their old value are not rewritten.
    pub fn rollback(&mut self, journal: &Journal) -> Result<(), StorageError> {
        for entry in journal.entries.iter().rev() {
            if self.storage.get(&entry.key)? != entry.old {
                self.put(&entry.key, entry.old.as_deref())?;
            }
        }
        let key = self.key(JOURNAL);
        self.put(&key, None)
    }

    /// A journal found at opening that could not be undone: undone before any write.
    pub fn set_pending(&mut self, journal: Journal) {
        self.pending = Some(journal);
    }
}
