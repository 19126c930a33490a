//! Every user-facing string, in Bahasa Indonesia (default) and English.
//!
//! Strings are fields of plain structs, so a text missing in one language is a
//! compile error rather than a blank on screen.

mod en;
mod id;

use serde::{Deserialize, Serialize};

/// The interface language.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum Lang {
    #[default]
    Id,
    En,
}

impl Lang {
    pub fn strings(self) -> &'static Strings {
        match self {
            Lang::Id => &id::STRINGS,
            Lang::En => &en::STRINGS,
        }
    }

    /// The value for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }
}

pub struct Strings {
    pub app: AppStrings,
    pub nav: NavStrings,
}

pub struct AppStrings {
    pub name: &'static str,
    pub subtitle: &'static str,
    pub office: &'static str,
    pub footer_version: &'static str,
    pub coming_soon: &'static str,
    pub language: &'static str,
}

pub struct NavStrings {
    pub label: &'static str,
    pub beranda: &'static str,
    pub tugas_saya: &'static str,
    pub daftar_kasus: &'static str,
    pub kasus_baru: &'static str,
    pub impor_ekspor: &'static str,
    pub pengaturan: &'static str,
    pub latihan: &'static str,
}
