//! Why a store operation was refused. A refused save leaves memory and storage as before.

use std::fmt;

use super::problem::CorruptReason;
use super::storage::StorageError;
use crate::core::case::{CaseId, CommandError, ReplayError};
use crate::core::register::RegisterError;
use crate::i18n::Lang;

#[derive(Clone, Debug, PartialEq)]
pub enum StoreError {
    /// The case refused the command.
    Command(CommandError),
    Storage(StorageError),
    /// Cases given to an import do not merge with the stored ones.
    Replay(ReplayError),
    NotFound(CaseId),
    /// The data was written by a newer Sopir: the store is read-only.
    NewerSchema,
    /// The letter's agenda number is taken or out of order (buku agenda).
    Register(RegisterError),
    /// The stored case is damaged; it has been set aside (see `Store::report`).
    Corrupt {
        key: String,
        reason: CorruptReason,
    },
}

impl StoreError {
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            StoreError::Command(e) => e.message(lang),
            StoreError::Storage(e) => e.message(lang),
            StoreError::Register(e) => e.message(lang),
            StoreError::Replay(e) if en => {
                format!("The cases cannot be merged: {}", e.message(lang))
            }
            StoreError::Replay(e) => format!("Kasus tidak dapat digabungkan: {}", e.message(lang)),
            StoreError::NotFound(id) if en => format!("Case {id} is not stored here."),
            StoreError::NotFound(id) => format!("Kasus {id} tidak tersimpan di sini."),
            StoreError::NewerSchema => super::problem::newer_schema(lang).into(),
            StoreError::Corrupt { key, reason } if en => format!(
                "The stored case {key} is damaged ({}) and was set aside.",
                reason.message(lang)
            ),
            StoreError::Corrupt { key, reason } => format!(
                "Kasus tersimpan {key} rusak ({}) dan telah dipindahkan ke karantina.",
                reason.message(lang)
            ),
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for StoreError {}

impl From<StorageError> for StoreError {
    fn from(e: StorageError) -> Self {
        StoreError::Storage(e)
    }
}

impl From<CommandError> for StoreError {
    fn from(e: CommandError) -> Self {
        StoreError::Command(e)
    }
}
