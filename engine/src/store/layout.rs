//! Where things live in storage. Every key of a store starts with its namespace, so the
//! training mode (demo) keeps its cases apart from the real ones in the same browser.

use crate::core::case::CaseId;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Namespace {
    /// The office's real cases.
    Real,
    /// Mode latihan: sample cases to practise on.
    Training,
}

impl Namespace {
    pub fn as_str(self) -> &'static str {
        match self {
            Namespace::Real => "sopir",
            Namespace::Training => "sopir-latihan",
        }
    }

    /// The full key of `name` (a key relative to the namespace, such as `kasus/<id>`).
    pub fn key(self, name: &str) -> String {
        format!("{}/{name}", self.as_str())
    }

    /// `key` relative to this namespace; `None` for another namespace's key.
    pub fn relative(self, key: &str) -> Option<&str> {
        key.strip_prefix(self.as_str())?.strip_prefix('/')
    }

    pub fn case_key(self, id: &CaseId) -> String {
        self.key(&format!("{CASE_PREFIX}{id}"))
    }

    /// The case a full key holds, if it is a case key of this namespace.
    pub fn case_of(self, key: &str) -> Option<CaseId> {
        let id = self.relative(key)?.strip_prefix(CASE_PREFIX)?;
        (!id.is_empty()).then(|| CaseId(id.to_string()))
    }

    /// Where a value found corrupt under `key` is kept; `n` > 1 when earlier copies exist.
    pub fn quarantine_key(self, key: &str, n: u32) -> String {
        let original = self.relative(key).unwrap_or(key);
        match n {
            0 | 1 => self.key(&format!("{QUARANTINE_PREFIX}{original}")),
            n => self.key(&format!("{QUARANTINE_PREFIX}{original}.{n}")),
        }
    }
}

/// Schema version number of the layout.
pub const SCHEMA: &str = "skema";
/// This installation's office: `{ id, name }`.
pub const OFFICE: &str = "kantor";
/// The names of other copies, learned from imported files: `{ "<office id>": { name, copy } }`.
pub const KNOWN_OFFICES: &str = "kantor-lain";
/// Settings (JSON).
pub const SETTINGS: &str = "pengaturan";
/// Per case, how many events the last export included.
pub const EXPORTS: &str = "ekspor";
/// The journal of a multi-key save in progress (an undo log).
pub const JOURNAL: &str = "jurnal";
/// Every case's summary in one value, to open quickly (`index`; derived, may be absent).
pub const INDEX: &str = "indeks";
pub const CASE_PREFIX: &str = "kasus/";
pub const QUARANTINE_PREFIX: &str = "karantina/";

/// The layout this version writes: compressed records (see `record`). Schema 2's records
/// are read as they are, so moving a store from 2 to 3 only writes the number, which keeps
/// an earlier Sopir from reading records it does not know.
pub const CURRENT_SCHEMA: u32 = 3;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_stay_in_their_namespace() {
        let id = CaseId::from("abc");
        let key = Namespace::Real.case_key(&id);
        assert_eq!(key, "sopir/kasus/abc");
        assert_eq!(Namespace::Real.case_of(&key), Some(id.clone()));
        assert_eq!(Namespace::Training.case_of(&key), None);
        assert_eq!(
            Namespace::Real.case_of(&Namespace::Training.case_key(&id)),
            None
        );
        assert_eq!(
            Namespace::Real.quarantine_key(&key, 2),
            "sopir/karantina/kasus/abc.2"
        );
        assert_eq!(Namespace::Real.case_of("sopir/karantina/kasus/abc"), None);
    }
}
