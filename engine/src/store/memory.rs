//! localStorage in memory, for native tests and benchmarks, with the failures a browser
//! can produce on demand: a quota counted as Chromium counts it, a failed write, a tab
//! closed midway (every later write fails), storage unavailable, corrupt values.

use std::collections::BTreeMap;

use super::storage::{entry_units, Storage, StorageError, CHROMIUM_QUOTA_UNITS};

#[derive(Clone, Debug)]
pub struct MemoryStorage {
    entries: BTreeMap<String, String>,
    used: usize,
    quota: usize,
    /// Writes attempted so far (set and remove, failed ones included).
    writes: u64,
    fail_once_at: Option<u64>,
    crash_after: Option<u64>,
    unavailable: bool,
}

impl Default for MemoryStorage {
    fn default() -> Self {
        MemoryStorage::with_quota(CHROMIUM_QUOTA_UNITS)
    }
}

/// What an injected failure reports.
pub const INJECTED: &str = "kegagalan buatan (uji)";

impl MemoryStorage {
    pub fn new() -> MemoryStorage {
        MemoryStorage::default()
    }

    pub fn with_quota(quota_units: usize) -> MemoryStorage {
        MemoryStorage {
            entries: BTreeMap::new(),
            used: 0,
            quota: quota_units,
            writes: 0,
            fail_once_at: None,
            crash_after: None,
            unavailable: false,
        }
    }

    /// The `n`-th write from now (1-based) fails, once.
    pub fn fail_nth_write(&mut self, n: u64) {
        self.fail_once_at = Some(self.writes + n);
    }

    /// After `n` more writes, every write fails: the tab was closed midway.
    pub fn crash_after_writes(&mut self, n: u64) {
        self.crash_after = Some(self.writes + n);
    }

    /// Every call fails with `Unavailable` (private mode, storage disabled).
    pub fn set_unavailable(&mut self, unavailable: bool) {
        self.unavailable = unavailable;
    }

    /// Clears injected failures: the next tab opens on what the crashed one left.
    pub fn heal(&mut self) {
        self.fail_once_at = None;
        self.crash_after = None;
        self.unavailable = false;
    }

    /// Puts any value under any key, past quota and failures: a corrupt or foreign value.
    pub fn put_raw(&mut self, key: &str, value: &str) {
        self.remove_entry(key);
        self.used += entry_units(key, value);
        self.entries.insert(key.to_string(), value.to_string());
    }

    /// Units in use over all keys, the way Chromium counts them.
    pub fn used_units(&self) -> usize {
        self.used
    }

    pub fn writes(&self) -> u64 {
        self.writes
    }

    pub fn entries(&self) -> &BTreeMap<String, String> {
        &self.entries
    }

    pub fn set_quota(&mut self, quota_units: usize) {
        self.quota = quota_units;
    }

    fn remove_entry(&mut self, key: &str) {
        if let Some(old) = self.entries.remove(key) {
            self.used -= entry_units(key, &old);
        }
    }

    fn check_write(&mut self) -> Result<(), StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        self.writes += 1;
        if self.fail_once_at == Some(self.writes) {
            self.fail_once_at = None;
            return Err(StorageError::Other(INJECTED.into()));
        }
        if self.crash_after.is_some_and(|n| self.writes > n) {
            return Err(StorageError::Other(INJECTED.into()));
        }
        Ok(())
    }

    fn check_read(&self) -> Result<(), StorageError> {
        if self.unavailable {
            return Err(StorageError::Unavailable);
        }
        Ok(())
    }
}

impl Storage for MemoryStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.check_read()?;
        Ok(self.entries.get(key).cloned())
    }

    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.check_write()?;
        let old = self.entries.get(key).map_or(0, |v| entry_units(key, v));
        let used = self.used - old + entry_units(key, value);
        if used > self.quota {
            return Err(StorageError::Quota);
        }
        self.used = used;
        self.entries.insert(key.to_string(), value.to_string());
        Ok(())
    }

    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.check_write()?;
        self.remove_entry(key);
        Ok(())
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.check_read()?;
        Ok(self.entries.keys().cloned().collect())
    }

    fn quota_units(&self) -> usize {
        self.quota
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quota_counts_keys_and_values_in_utf16_and_refuses_without_change() {
        let mut s = MemoryStorage::with_quota(10);
        s.set("ab", "cdé").unwrap();
        assert_eq!(s.used_units(), 5);
        // An astral character is two units.
        s.set("x", "😀").unwrap();
        assert_eq!(s.used_units(), 8);
        assert_eq!(s.set("y", "zzz"), Err(StorageError::Quota));
        assert_eq!(s.used_units(), 8);
        assert_eq!(s.get("y").unwrap(), None);
        // Replacing a value counts only the difference.
        s.set("ab", "cdefg").unwrap();
        assert_eq!(s.used_units(), 10);
    }

    #[test]
    fn injected_failures() {
        let mut s = MemoryStorage::new();
        s.fail_nth_write(2);
        s.set("a", "1").unwrap();
        assert!(s.remove("a").is_err());
        s.remove("a").unwrap();
        s.crash_after_writes(1);
        s.set("b", "1").unwrap();
        assert!(s.set("c", "1").is_err());
        assert!(s.set("c", "1").is_err());
        s.heal();
        s.set("c", "1").unwrap();
        s.set_unavailable(true);
        assert_eq!(s.get("c"), Err(StorageError::Unavailable));
        assert_eq!(s.keys(), Err(StorageError::Unavailable));
    }
}
