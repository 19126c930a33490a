//! Key-value storage as localStorage offers it: string keys and values, synchronous, with
//! a quota. `MemoryStorage` stands in for it in native tests; `LocalStorage` is the browser's.

use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

use crate::i18n::Lang;

/// Chromium's localStorage quota per origin: 10 MiB of UTF-16, i.e. 5,242,880 code units
/// counted over every key and value.
pub const CHROMIUM_QUOTA_UNITS: usize = 5 * 1024 * 1024;

pub trait Storage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&mut self, key: &str) -> Result<(), StorageError>;
    fn keys(&self) -> Result<Vec<String>, StorageError>;

    /// The UTF-16 length of a stored value, without copying it out (the browser's
    /// version reads the length on the JS side: checking every case for another tab's
    /// changes must not transcode megabytes).
    fn value_units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        Ok(self.get(key)?.map(|v| utf16_len(&v)))
    }

    fn quota_units(&self) -> usize {
        CHROMIUM_QUOTA_UNITS
    }
}

/// UTF-16 code units of one entry (key and value), the unit of the quota.
pub fn entry_units(key: &str, value: &str) -> usize {
    utf16_len(key) + utf16_len(value)
}

pub fn utf16_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser's storage for this site is full.
    Quota,
    /// Storage cannot be used at all (private mode, disabled by policy).
    Unavailable,
    Other(String),
}

impl StorageError {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (StorageError::Quota, Lang::Id) => "Penyimpanan peramban sudah penuh, sehingga tindakan ini tidak disimpan. \
                Ekspor kasus ke berkas sebagai cadangan, lalu beri ruang (misalnya atur ulang mode latihan) sebelum melanjutkan."
                .into(),
            (StorageError::Quota, Lang::En) => "The browser's storage is full, so this action was not saved. \
                Export the cases to a file as a backup, then free some space (for example, reset the training mode) before going on."
                .into(),
            (StorageError::Unavailable, Lang::Id) => "Penyimpanan peramban tidak dapat digunakan (mode privat atau dinonaktifkan); \
                perubahan tidak dapat disimpan."
                .into(),
            (StorageError::Unavailable, Lang::En) => "The browser's storage cannot be used (private mode, or disabled); \
                changes cannot be saved."
                .into(),
            (StorageError::Other(detail), Lang::Id) => {
                format!("Penyimpanan peramban gagal: {detail}.")
            }
            (StorageError::Other(detail), Lang::En) => format!("Browser storage failed: {detail}."),
        }
    }
}

impl fmt::Display for StorageError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for StorageError {}

/// One storage shared by several users: two tabs of the same browser in tests, or a test
/// that keeps a handle to inspect what a store wrote.
impl<S: Storage> Storage for Rc<RefCell<S>> {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.borrow().get(key)
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.borrow_mut().set(key, value)
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.borrow_mut().remove(key)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.borrow().keys()
    }
    fn value_units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        self.borrow().value_units(key)
    }
    fn quota_units(&self) -> usize {
        self.borrow().quota_units()
    }
}
