//! Key-value storage as localStorage offers it: string keys and values, synchronous, with
//! a quota. `MemoryStorage` stands in for it in native tests; the browser's localStorage is
//! `sopir::browser::LocalStorage`, in the app crate.

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

    /// Whether storage can be used at all (the browser's version asks for the length
    /// instead of listing every key).
    fn available(&self) -> Result<(), StorageError> {
        self.keys().map(drop)
    }

    /// The UTF-16 length of a stored value, without copying it out (the browser's
    /// version reads the length on the JS side: checking every case for another tab's
    /// changes must not transcode megabytes).
    fn value_units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        Ok(self.get(key)?.map(|v| utf16_len(&v)))
    }

    /// UTF-16 units `from..to` of a stored value (fewer at its end) and the value's whole
    /// length in units: what the default `get_parts` is made of.
    fn get_units(
        &self,
        key: &str,
        from: usize,
        to: usize,
    ) -> Result<Option<(String, usize)>, StorageError> {
        Ok(self.get(key)?.map(|value| {
            let units: Vec<u16> = value.encode_utf16().collect();
            let len = units.len();
            let from = from.min(len);
            (
                String::from_utf16_lossy(&units[from..to.clamp(from, len)]),
                len,
            )
        }))
    }

    /// Two parts of a stored value from one lookup: units `0..head`, then the units that
    /// `next` names after looking at the first part (if it names any). Opening the app
    /// reads a record's header and, where the header says, the start of its stream.
    fn get_parts(
        &self,
        key: &str,
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Option<ValueParts>, StorageError> {
        let Some((first, units)) = self.get_units(key, 0, head)? else {
            return Ok(None);
        };
        let second = match next(&first) {
            Some((from, to)) => self.get_units(key, from, to)?.map(|(part, _)| part),
            None => None,
        };
        Ok(Some(ValueParts {
            first,
            second,
            units,
        }))
    }

    /// `get_parts` of many keys, in their order (`None` for a key without a value). The
    /// browser's version reads them all in two calls into JS instead of several per key.
    fn get_parts_of(
        &self,
        keys: &[&str],
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Vec<Option<ValueParts>>, StorageError> {
        keys.iter()
            .map(|key| self.get_parts(key, head, next))
            .collect()
    }

    fn quota_units(&self) -> usize {
        CHROMIUM_QUOTA_UNITS
    }
}

/// What `Storage::get_parts` read of a value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValueParts {
    pub first: String,
    pub second: Option<String>,
    /// The whole value's length in UTF-16 units.
    pub units: usize,
}

/// `text` cut into consecutive pieces of the given UTF-16 lengths; `None` if the lengths do
/// not add up to the text or would split a char.
pub fn split_units<'a>(text: &'a str, lengths: &[usize]) -> Option<Vec<&'a str>> {
    let mut pieces = Vec::with_capacity(lengths.len());
    let mut chars = text.char_indices().peekable();
    let mut start = 0;
    for &units in lengths {
        let mut counted = 0;
        while counted < units {
            let (_, c) = chars.next()?;
            counted += c.len_utf16();
        }
        if counted != units {
            return None;
        }
        let end = chars.peek().map_or(text.len(), |&(at, _)| at);
        pieces.push(&text[start..end]);
        start = end;
    }
    (start == text.len()).then_some(pieces)
}

/// UTF-16 code units of one entry (key and value), the unit of the quota.
pub fn entry_units(key: &str, value: &str) -> usize {
    utf16_len(key) + utf16_len(value)
}

/// Counted over bytes, not decoded chars (opening the app measures every record): every
/// byte that starts a char is one unit, and a 4-byte char (above U+FFFF) is a surrogate
/// pair, one unit more.
pub fn utf16_len(text: &str) -> usize {
    text.bytes()
        .map(|b| usize::from(b & 0xC0 != 0x80) + usize::from(b >= 0xF0))
        .sum()
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
    fn available(&self) -> Result<(), StorageError> {
        self.borrow().available()
    }
    fn value_units(&self, key: &str) -> Result<Option<usize>, StorageError> {
        self.borrow().value_units(key)
    }
    fn get_units(
        &self,
        key: &str,
        from: usize,
        to: usize,
    ) -> Result<Option<(String, usize)>, StorageError> {
        self.borrow().get_units(key, from, to)
    }
    fn get_parts(
        &self,
        key: &str,
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Option<ValueParts>, StorageError> {
        self.borrow().get_parts(key, head, next)
    }
    fn get_parts_of(
        &self,
        keys: &[&str],
        head: usize,
        next: &dyn Fn(&str) -> Option<(usize, usize)>,
    ) -> Result<Vec<Option<ValueParts>>, StorageError> {
        self.borrow().get_parts_of(keys, head, next)
    }
    fn quota_units(&self) -> usize {
        self.borrow().quota_units()
    }
}

#[cfg(test)]
mod tests {
    use super::{split_units, utf16_len};
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn utf16_len_counts_what_encode_utf16_yields(text in any::<String>()) {
            prop_assert_eq!(utf16_len(&text), text.encode_utf16().count());
        }

        /// What the browser's batched reads rely on: pieces joined on the JS side come
        /// apart again by their JS lengths.
        #[test]
        fn split_units_takes_joined_pieces_apart(pieces in proptest::collection::vec(any::<String>(), 0..8)) {
            let lengths: Vec<usize> = pieces.iter().map(|p| p.encode_utf16().count()).collect();
            let joined = pieces.concat();
            let split = split_units(&joined, &lengths).unwrap();
            prop_assert_eq!(split, pieces.iter().map(String::as_str).collect::<Vec<_>>());
        }
    }

    #[test]
    fn split_units_refuses_lengths_that_do_not_fit() {
        let text = "ab\u{1F600}c";
        assert_eq!(
            split_units(text, &[2, 2, 1]),
            Some(vec!["ab", "\u{1F600}", "c"])
        );
        assert_eq!(
            split_units(text, &[2, 0, 3]),
            Some(vec!["ab", "", "\u{1F600}c"])
        );
        // Inside the surrogate pair.
        assert_eq!(split_units(text, &[3, 2]), None);
        // Too short, too long.
        assert_eq!(split_units(text, &[2, 2]), None);
        assert_eq!(split_units(text, &[2, 2, 2]), None);
        assert_eq!(split_units("", &[]), Some(vec![]));
    }

    #[test]
    fn get_parts_of_reads_each_key_in_order() {
        use super::Storage;
        let mut storage = crate::store::MemoryStorage::new();
        storage.set("a", "2:xyz").unwrap();
        storage.set("b", "0:pq").unwrap();
        let at = |head: &str| {
            let from: usize = head.split(':').next()?.parse().ok()?;
            Some((from, from + 2))
        };
        let parts = storage.get_parts_of(&["b", "none", "a"], 2, &at).unwrap();
        let seconds: Vec<Option<Option<String>>> =
            parts.into_iter().map(|p| p.map(|p| p.second)).collect();
        assert_eq!(
            seconds,
            vec![Some(Some("0:".into())), None, Some(Some("xy".into()))]
        );
    }

    #[test]
    fn get_units_cuts_by_utf16_units_and_gives_the_whole_length() {
        use super::Storage;
        let mut storage = crate::store::MemoryStorage::new();
        storage.set("k", "ab\u{e9}\u{1F600}cd").unwrap();
        let part = |from, to| storage.get_units("k", from, to).unwrap().unwrap();
        assert_eq!(part(0, 3), ("ab\u{e9}".to_string(), 7));
        assert_eq!(part(3, 7), ("\u{1F600}cd".to_string(), 7));
        assert_eq!(part(5, 100), ("cd".to_string(), 7));
        assert_eq!(part(9, 100), (String::new(), 7));
        assert_eq!(part(4, 2), (String::new(), 7));
        assert_eq!(storage.get_units("none", 0, 5).unwrap(), None);
    }

    #[test]
    fn get_parts_reads_the_head_then_the_range_it_names() {
        use super::{Storage, ValueParts};
        let mut storage = crate::store::MemoryStorage::new();
        storage.set("k", "3:ab\u{e9}\u{1F600}cdef").unwrap();
        // The head says where the second part starts.
        let at = |head: &str| {
            let from: usize = head.split(':').next()?.parse().ok()?;
            Some((from, from + 4))
        };
        let parts = storage.get_parts("k", 2, &at).unwrap().unwrap();
        assert_eq!(
            parts,
            ValueParts {
                first: "3:".into(),
                second: Some("b\u{e9}\u{1F600}".into()),
                units: 11,
            }
        );
        let none = storage.get_parts("k", 2, &|_| None).unwrap().unwrap();
        assert_eq!(none.second, None);
        assert_eq!(storage.get_parts("none", 2, &at).unwrap(), None);
    }

    #[test]
    fn utf16_len_of_each_width() {
        assert_eq!(utf16_len("a\u{e9}\u{20ac}\u{1F600}"), 1 + 1 + 1 + 2);
    }
}
