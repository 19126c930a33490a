//! Why an imported file is refused. Each way a file can be wrong has its own variant and
//! message; a refused file changes nothing.

use std::fmt;

use crate::core::case::{CaseId, EventId, EventPlace, ReplayError};
use crate::core::sop::SopRef;
use crate::i18n::Lang;

/// A case named in a message: the company and its NIB (as the file gives them) and the
/// case id, which a message shows only when the file names no company.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CaseRef {
    pub id: CaseId,
    /// Empty when the file does not say (no readable opening event).
    pub company: String,
    pub nib: String,
}

impl CaseRef {
    /// "kasus PT X (NIB 9120001234567)".
    fn describe(&self, lang: Lang) -> String {
        let word = match lang {
            Lang::Id => "kasus",
            Lang::En => "case",
        };
        match (self.company.is_empty(), self.nib.is_empty()) {
            (true, _) => format!("{word} {}", self.id),
            (false, true) => format!("{word} {}", self.company),
            (false, false) => format!("{word} {} (NIB {})", self.company, self.nib),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum ImportError {
    /// Nothing in the file (or only spaces and line breaks).
    Empty,
    /// The text is not JSON at all; where the parser stopped (1-based).
    NotJson {
        line: usize,
        column: usize,
    },
    /// JSON, but not a Sopir case file (no or another `format`).
    NotSopirFile,
    /// Written by a newer Sopir with a file layout this version cannot read.
    NewerSchema {
        found: u64,
    },
    /// A Sopir case file whose content does not have the expected shape: what is wrong,
    /// and where when the parser says (line and column from 1).
    Malformed {
        detail: String,
        at: Option<(usize, usize)>,
    },
    TooLarge {
        bytes: usize,
        max: usize,
    },
    TooDeep {
        max: usize,
    },
    TooManyCases {
        max: usize,
    },
    /// `case` is the 1-based position of the case in the file.
    TooManyEvents {
        case: usize,
        max: usize,
    },
    TooManyItems {
        max: usize,
    },
    StringTooLong {
        max: usize,
    },
    /// The file's content hash does not match its content: edited after export.
    ContentHash,
    /// The file is for another SOP (id, version or content).
    DifferentSop {
        file: Box<SopRef>,
        app: Box<SopRef>,
    },
    /// A case in the file was opened under another SOP than the file declares.
    CaseSop {
        case: CaseRef,
        found: Box<SopRef>,
    },
    /// Training data into the real store.
    TrainingIntoReal,
    /// Real data into the training store.
    RealIntoTraining,
    DuplicateCase {
        case: CaseRef,
    },
    DuplicateEvent {
        case: CaseRef,
        event: EventId,
        place: EventPlace,
    },
    /// An event's hash does not match its content or its parents: it was changed after it
    /// was recorded (tamper evidence). `place` names its step.
    Integrity {
        case: CaseRef,
        event: EventId,
        place: EventPlace,
    },
    /// The case's events do not replay under the SOP; `place` is where the event the error
    /// names sits.
    Replay {
        case: CaseRef,
        error: Box<ReplayError>,
        place: EventPlace,
    },
    /// The case cannot be combined with the copy already stored here (preview only).
    Merge {
        case: CaseRef,
        error: Box<ReplayError>,
        place: EventPlace,
    },
}

fn mib(bytes: usize) -> String {
    format!("{:.1}", bytes as f64 / (1024.0 * 1024.0))
}

fn sop_name(sop: &SopRef) -> String {
    format!(
        "{} versi {} (hash {})",
        sop.id,
        sop.version,
        sop.hash.short()
    )
}

fn sop_name_en(sop: &SopRef) -> String {
    format!(
        "{} version {} (hash {})",
        sop.id,
        sop.version,
        sop.hash.short()
    )
}

impl ImportError {
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            ImportError::Empty if en => {
                "The file is empty: it holds nothing to import. Choose a case file exported from Sopir (.json).".into()
            }
            ImportError::Empty => {
                "Berkas kosong: tidak ada isi yang dapat diimpor. Pilih berkas kasus yang diekspor dari Sopir (.json).".into()
            }
            ImportError::NotJson { line, column } if en => {
                format!("This file is not valid JSON (line {line}, column {column}).")
            }
            ImportError::NotJson { line, column } => {
                format!("Berkas ini bukan JSON yang sah (baris {line}, kolom {column}).")
            }
            ImportError::NotSopirFile if en => "This file is not a Sopir case file.".into(),
            ImportError::NotSopirFile => "Berkas ini bukan berkas kasus Sopir.".into(),
            ImportError::NewerSchema { found } if en => format!(
                "This file was made by a newer version of Sopir (file format {found}; this version reads format {}). Update Sopir, then import again.",
                super::FILE_SCHEMA
            ),
            ImportError::NewerSchema { found } => format!(
                "Berkas ini dibuat oleh versi Sopir yang lebih baru (format berkas {found}; versi ini membaca format {}). Perbarui Sopir, lalu impor kembali.",
                super::FILE_SCHEMA
            ),
            ImportError::Malformed { detail, at: None } if en => {
                format!("This Sopir case file is damaged or incomplete ({detail}).")
            }
            ImportError::Malformed { detail, at: None } => {
                format!("Berkas kasus Sopir ini rusak atau tidak lengkap ({detail}).")
            }
            ImportError::Malformed {
                detail,
                at: Some((line, column)),
            } if en => format!(
                "This Sopir case file is damaged or incomplete ({detail}; line {line}, column {column})."
            ),
            ImportError::Malformed {
                detail,
                at: Some((line, column)),
            } => format!(
                "Berkas kasus Sopir ini rusak atau tidak lengkap ({detail}; baris {line}, kolom {column})."
            ),
            ImportError::TooLarge { bytes, max } if en => format!(
                "The file is too large ({} MiB; at most {} MiB).",
                mib(*bytes),
                mib(*max)
            ),
            ImportError::TooLarge { bytes, max } => format!(
                "Berkas terlalu besar ({} MiB; paling besar {} MiB).",
                mib(*bytes).replace('.', ","),
                mib(*max).replace('.', ",")
            ),
            ImportError::TooDeep { max } if en => {
                format!("The file is nested too deeply (more than {max} levels).")
            }
            ImportError::TooDeep { max } => {
                format!("Struktur berkas terlalu dalam (lebih dari {max} tingkat).")
            }
            ImportError::TooManyCases { max } if en => {
                format!("The file holds more than {max} cases.")
            }
            ImportError::TooManyCases { max } => {
                format!("Berkas berisi lebih dari {max} kasus.")
            }
            ImportError::TooManyEvents { case, max } if en => {
                format!("Case number {case} in the file has more than {max} events.")
            }
            ImportError::TooManyEvents { case, max } => {
                format!("Kasus ke-{case} dalam berkas berisi lebih dari {max} kejadian.")
            }
            ImportError::TooManyItems { max } if en => {
                format!("A list in the file has more than {max} entries.")
            }
            ImportError::TooManyItems { max } => {
                format!("Sebuah daftar dalam berkas berisi lebih dari {max} butir.")
            }
            ImportError::StringTooLong { max } if en => {
                format!("The file contains a text longer than {max} bytes.")
            }
            ImportError::StringTooLong { max } => {
                format!("Berkas berisi teks yang lebih panjang dari {max} bita.")
            }
            ImportError::ContentHash if en => "Integrity check failed: the file was changed after it was exported (its content hash does not match).".into(),
            ImportError::ContentHash => "Pemeriksaan keutuhan gagal: isi berkas telah diubah setelah diekspor (hash isi tidak cocok).".into(),
            ImportError::DifferentSop { file, app } if en => format!(
                "The file is for SOP {}, but this app uses SOP {}.",
                sop_name_en(file),
                sop_name_en(app)
            ),
            ImportError::DifferentSop { file, app } => format!(
                "Berkas ini untuk SOP {}, sedangkan aplikasi ini memakai SOP {}.",
                sop_name(file),
                sop_name(app)
            ),
            ImportError::CaseSop { case, found } if en => format!(
                "{} was opened under SOP {}, not the SOP the file declares.",
                capitalize(&case.describe(lang)),
                sop_name_en(found)
            ),
            ImportError::CaseSop { case, found } => format!(
                "{} dibuka dengan SOP {}, bukan SOP yang dinyatakan berkas.",
                capitalize(&case.describe(lang)),
                sop_name(found)
            ),
            ImportError::TrainingIntoReal if en => "This file holds training data; training data cannot be imported into the real records.".into(),
            ImportError::TrainingIntoReal => "Berkas ini berisi data latihan; data latihan tidak dapat diimpor ke data resmi.".into(),
            ImportError::RealIntoTraining if en => "This file holds real records; they cannot be imported into training mode.".into(),
            ImportError::RealIntoTraining => "Berkas ini berisi data resmi; data resmi tidak dapat diimpor ke mode latihan.".into(),
            ImportError::DuplicateCase { case } if en => {
                format!("{} appears twice in the file.", capitalize(&case.describe(lang)))
            }
            ImportError::DuplicateCase { case } => {
                format!("{} muncul dua kali dalam berkas.", capitalize(&case.describe(lang)))
            }
            ImportError::DuplicateEvent { case, place, .. } if en => format!(
                "{}, {}: this record appears twice in the file.",
                capitalize(&case.describe(lang)),
                place.describe(lang)
            ),
            ImportError::DuplicateEvent { case, place, .. } => format!(
                "{}, {}: catatan ini muncul dua kali dalam berkas.",
                capitalize(&case.describe(lang)),
                place.describe(lang)
            ),
            ImportError::Integrity { case, place, .. } if en => format!(
                "{}, {}: integrity check failed (the record was changed after it was recorded).",
                capitalize(&case.describe(lang)),
                place.describe(lang)
            ),
            ImportError::Integrity { case, place, .. } => format!(
                "{}, {}: pemeriksaan keutuhan gagal (catatannya telah diubah setelah dicatat).",
                capitalize(&case.describe(lang)),
                place.describe(lang)
            ),
            ImportError::Replay { case, error, place } if en => format!(
                "The history of {} does not follow the SOP: {}",
                case.describe(lang),
                error.message_at(lang, place)
            ),
            ImportError::Replay { case, error, place } => format!(
                "Riwayat {} tidak sesuai SOP: {}",
                case.describe(lang),
                error.message_at(lang, place)
            ),
            ImportError::Merge { case, error, place } if en => format!(
                "{} cannot be combined with the copy stored here: {}",
                capitalize(&case.describe(lang)),
                error.message_at(lang, place)
            ),
            ImportError::Merge { case, error, place } => format!(
                "{} tidak dapat digabung dengan salinan yang tersimpan di sini: {}",
                capitalize(&case.describe(lang)),
                error.message_at(lang, place)
            ),
        }
    }
}

fn capitalize(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl fmt::Display for ImportError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::Id))
    }
}

impl std::error::Error for ImportError {}
