//! What opening (or reading) a store found wrong, for the UI to tell the user.

use super::storage::StorageError;
use crate::core::case::ReplayError;
use crate::i18n::Lang;
use crate::wire::codec::CodecError;

/// Why a stored value was judged corrupt.
#[derive(Clone, Debug, PartialEq)]
pub enum CorruptReason {
    UnknownFormat,
    Codec(CodecError),
    Json(String),
    /// The value names another case than its key.
    WrongCase,
    Replay(ReplayError),
    /// The replayed history does not match the stored summary.
    HistoryMismatch,
}

/// Data written by a newer Sopir: found on opening (a problem) and on every write refused
/// for it (`StoreError::NewerSchema`).
pub(crate) fn newer_schema(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "This data was made by a newer version of Sopir; update Sopir to open it.",
        Lang::Id => {
            "Data ini dibuat oleh versi Sopir yang lebih baru; perbarui Sopir untuk membukanya."
        }
    }
}

impl CorruptReason {
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            CorruptReason::UnknownFormat if en => "unknown format".into(),
            CorruptReason::UnknownFormat => "format tidak dikenal".into(),
            CorruptReason::Codec(e) if en => format!("cannot be decompressed ({e})"),
            CorruptReason::Codec(e) => format!("tidak dapat diurai ({e})"),
            CorruptReason::Json(e) if en => format!("unreadable content ({e})"),
            CorruptReason::Json(e) => format!("isi tidak terbaca ({e})"),
            CorruptReason::WrongCase if en => "holds another case than its key says".into(),
            CorruptReason::WrongCase => "berisi kasus lain daripada kuncinya".into(),
            CorruptReason::Replay(e) => e.message(lang),
            CorruptReason::HistoryMismatch if en => {
                "the history does not match its summary (damaged)".into()
            }
            CorruptReason::HistoryMismatch => {
                "riwayat tidak cocok dengan ringkasannya (rusak)".into()
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ProblemKind {
    /// The value was moved to `to` and the store goes on without it.
    Quarantined { reason: CorruptReason, to: String },
    /// The value is corrupt but could not be copied aside, so it stays and is skipped.
    NotQuarantined {
        reason: CorruptReason,
        error: StorageError,
    },
    /// A save interrupted earlier (a tab closed midway) was undone.
    JournalRolledBack { keys: usize },
    /// The interrupted save could not be undone yet; the store is read-only until it is.
    JournalNotRolledBack(StorageError),
    /// Cases of the earlier layout were converted.
    Migrated { cases: usize },
    /// The conversion failed; the earlier data is kept and read as it is.
    MigrationFailed(StorageError),
    /// Written by a newer Sopir: nothing is read or written.
    NewerSchema { found: u32 },
    /// Storage cannot be read at all.
    Unavailable(StorageError),
    /// Something this store needed to write at opening could not be written.
    NotSaved(StorageError),
}

#[derive(Clone, Debug, PartialEq)]
pub struct LoadProblem {
    /// The storage key concerned.
    pub key: String,
    pub kind: ProblemKind,
}

impl LoadProblem {
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        let key = &self.key;
        match &self.kind {
            ProblemKind::Quarantined { reason, to } if en => format!(
                "Damaged data under {key} ({}) was set aside as {to}; the app goes on without it.",
                reason.message(lang)
            ),
            ProblemKind::Quarantined { reason, to } => format!(
                "Data rusak pada {key} ({}) dipindahkan ke {to}; aplikasi berjalan tanpa data itu.",
                reason.message(lang)
            ),
            ProblemKind::NotQuarantined { reason, error } if en => format!(
                "Damaged data under {key} ({}) is skipped; it could not be set aside: {}",
                reason.message(lang),
                error.message(lang)
            ),
            ProblemKind::NotQuarantined { reason, error } => format!(
                "Data rusak pada {key} ({}) dilewati; data itu tidak dapat dipindahkan: {}",
                reason.message(lang),
                error.message(lang)
            ),
            ProblemKind::JournalRolledBack { keys } if en => format!(
                "A save interrupted earlier (tab closed?) was undone ({keys} entries restored)."
            ),
            ProblemKind::JournalRolledBack { keys } => format!(
                "Penyimpanan yang terputus sebelumnya (tab tertutup?) dibatalkan ({keys} entri dipulihkan)."
            ),
            ProblemKind::JournalNotRolledBack(e) if en => format!(
                "A save interrupted earlier could not be undone yet; changes are blocked until it is: {}",
                e.message(lang)
            ),
            ProblemKind::JournalNotRolledBack(e) => format!(
                "Penyimpanan yang terputus belum dapat dibatalkan; perubahan ditahan sampai berhasil: {}",
                e.message(lang)
            ),
            ProblemKind::Migrated { cases } if en => {
                format!("{cases} cases were converted to the new storage format.")
            }
            ProblemKind::Migrated { cases } => {
                format!("{cases} kasus diubah ke format penyimpanan baru.")
            }
            ProblemKind::MigrationFailed(e) if en => format!(
                "Converting stored cases to the new format failed; they are kept as they were: {}",
                e.message(lang)
            ),
            ProblemKind::MigrationFailed(e) => format!(
                "Pengubahan kasus ke format baru gagal; data lama tetap utuh: {}",
                e.message(lang)
            ),
            ProblemKind::NewerSchema { .. } => newer_schema(lang).into(),
            ProblemKind::Unavailable(e) | ProblemKind::NotSaved(e) => e.message(lang),
        }
    }
}
