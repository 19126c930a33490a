//! The summary index: every case's summary in one stored value, so that opening the app
//! with a thousand cases inflates one stream instead of a thousand (the records stay the
//! truth; the index only spares reading them).
//!
//! It is derived data, checked entry by entry against the records: an entry counts only
//! while its case's record still has the stamp the entry was written with (the record's
//! header and the start of its history hash, `record::stamp`), and an entry is written
//! only for a summary whose history hash is the one its record holds. A case whose entry
//! is missing or no longer matches is read from its record, as without an index. So the
//! index may be stale, damaged, from another version or gone without harm: it is
//! rewritten, never quarantined, and it never takes room the cases need (`MAX_SHARE`, and
//! a save refused for room is tried again without it: `disk`).
//!
//! Value: `I1:<adler-32 of the entries, 8 hex digits>:` then one packed deflate stream
//! (`codec`) of entries, each `<n>:<case id><n>:<stamp><n>:<summary JSON>` with `<n>` the
//! byte length that follows. The checksum keeps a damaged value from passing for one.

use std::collections::{BTreeMap, HashMap};

use super::disk::Op;
use super::layout::INDEX;
use super::storage::{utf16_len, Storage};
use super::{record, Store};
use crate::core::case::{CaseId, CaseSummary};
use crate::wire::codec;

const TAG: &str = "I1:";

/// The index is not written (and is removed) when storage would then be fuller than this
/// share of the quota: near full, the room goes to cases (the meter warns at 80%).
const MAX_SHARE: (usize, usize) = (4, 5);

/// A decoded index: per case, the record stamp its entry was written with and the JSON.
pub type Entries = HashMap<CaseId, (String, Vec<u8>)>;

pub fn encode<'a>(entries: impl IntoIterator<Item = (&'a CaseId, &'a str, &'a [u8])>) -> String {
    let mut plain = Vec::new();
    for (id, stamp, json) in entries {
        for field in [id.0.as_bytes(), stamp.as_bytes(), json] {
            plain.extend_from_slice(field.len().to_string().as_bytes());
            plain.push(b':');
            plain.extend_from_slice(field);
        }
    }
    let sum = adler2::adler32_slice(&plain);
    format!("{TAG}{sum:08x}:{}", codec::encode(&plain))
}

/// `None` for anything that is not a whole index of this version.
pub fn decode(value: &str) -> Option<Entries> {
    let (sum, packed) = value.strip_prefix(TAG)?.split_once(':')?;
    let plain = codec::decode(packed).ok()?;
    if sum.len() != 8 || u32::from_str_radix(sum, 16).ok()? != adler2::adler32_slice(&plain) {
        return None;
    }
    let mut rest = plain.as_slice();
    let mut entries = HashMap::new();
    while !rest.is_empty() {
        let id = CaseId(String::from_utf8(field(&mut rest)?).ok()?);
        let stamp = String::from_utf8(field(&mut rest)?).ok()?;
        entries.insert(id, (stamp, field(&mut rest)?));
    }
    Some(entries)
}

/// The next `<n>:<n bytes>` field of `rest`.
fn field(rest: &mut &[u8]) -> Option<Vec<u8>> {
    let colon = rest.iter().position(|&b| b == b':')?;
    let len: usize = std::str::from_utf8(&rest[..colon]).ok()?.parse().ok()?;
    let bytes = rest.get(colon + 1..colon.checked_add(1 + len)?)?.to_vec();
    *rest = &rest[colon + 1 + len..];
    Some(bytes)
}

impl<S: Storage> Store<S> {
    /// Summaries of `cases` from the stored index, where their records still match it;
    /// `None` for the others. Notes what the index held, so `refresh_index` knows whether
    /// it must write.
    pub(super) fn summaries_from_index(
        &mut self,
        cases: &[(&String, CaseId)],
    ) -> Vec<Option<CaseSummary>> {
        let none = || vec![None; cases.len()];
        let key = self.disk.key(INDEX);
        // A storage failure here is met again, and reported, when the records are read.
        let Some(mut entries) = self
            .disk
            .read(&key)
            .ok()
            .flatten()
            .as_deref()
            .and_then(decode)
        else {
            return none();
        };
        let keys: Vec<&str> = cases.iter().map(|(key, _)| key.as_str()).collect();
        let Ok(heads) = self
            .disk
            .read_parts_of(&keys, record::HEAD_UNITS, &|_: &str| None)
        else {
            return none();
        };
        heads
            .into_iter()
            .zip(cases)
            .map(|(parts, (_, id))| {
                let (stamp, json) = entries.remove(id)?;
                let (now, hash) = record::stamp(&parts?.first)?;
                if now != stamp {
                    return None;
                }
                let summary = record::summary_with_hash(id, hash, &json)?;
                self.indexed
                    .insert(id.clone(), summary.history_hash.clone());
                self.index_hits += 1;
                Some(summary)
            })
            .collect()
    }

    /// Writes the index again if the summaries changed since it was read or written (call
    /// it when the app is idle and when the page is hidden). Returns whether it wrote.
    /// Failing to write is harmless: the old index is removed, and cases are read from
    /// their records until a later refresh succeeds.
    pub fn refresh_index(&mut self) -> bool {
        let unchanged = self.summaries.len() == self.indexed.len()
            && (self.summaries.iter().zip(&self.indexed))
                .all(|((id, summary), (had, hash))| id == had && summary.history_hash == *hash);
        if unchanged || self.disk.ready().is_err() {
            return false;
        }
        let key = self.disk.key(INDEX);
        let quota = self.disk.storage.quota_units();
        let full = |used: usize| used * MAX_SHARE.1 > quota * MAX_SHARE.0;
        if full(self.disk.used_units()) {
            return self.drop_index(&key);
        }
        let keys: Vec<String> = (self.summaries.keys())
            .map(|id| self.disk.ns.case_key(id))
            .collect();
        let key_refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        let Ok(heads) = self
            .disk
            .read_parts_of(&key_refs, record::HEAD_UNITS, &|_: &str| None)
        else {
            return false;
        };
        // Only summaries whose history hash is the one their record holds now: a case
        // another tab changed since this one read it waits for the next refresh.
        let mut written = BTreeMap::new();
        let entries: Vec<(&CaseId, String, Vec<u8>)> = self
            .summaries
            .iter()
            .zip(heads)
            .filter_map(|((id, summary), parts)| {
                let (stamp, hash) = record::stamp(&parts?.first)?;
                if hash != summary.history_hash {
                    return None;
                }
                written.insert(id.clone(), summary.history_hash.clone());
                Some((id, stamp, record::summary_json(summary)))
            })
            .collect();
        let value = encode(
            entries
                .iter()
                .map(|(id, stamp, json)| (*id, stamp.as_str(), json.as_slice())),
        );
        let old = self.disk.size_of(&key);
        let after = self.disk.used_units() - old + utf16_len(&key) + utf16_len(&value);
        if full(after) {
            return self.drop_index(&key);
        }
        match self.disk.write(&[Op::set(key.clone(), value)]) {
            Ok(()) => {
                self.indexed = written;
                true
            }
            Err(_) => self.drop_index(&key),
        }
    }

    /// Removes the index (if there is one); returns false, for `refresh_index`.
    fn drop_index(&mut self, key: &str) -> bool {
        if self.disk.size_of(key) > 0 {
            let _ = self.disk.write(&[Op::remove(key.to_string())]);
        }
        self.indexed.clear();
        false
    }
}
