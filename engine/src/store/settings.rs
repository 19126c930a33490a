//! The office's settings (Pengaturan) and identity (Kantor), and the storage meter.

use crate::core::register::AgendaFormats;
use serde::{Deserialize, Serialize};

use crate::core::calendar::CalendarSettings;
use crate::core::case::OfficeId;
use crate::core::sop::{ActorId, SopSettings};
use crate::i18n::Lang;

pub const DEFAULT_OFFICE_NAME: &str =
    "Dinas Perindustrian, Perdagangan, Energi dan Sumber Daya Mineral Provinsi Kalimantan Barat";

/// Settings as stored: a missing field takes its default, so older settings still load.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub office_name: String,
    /// This copy's label among the office's copies ("PC Operator"), shown with the office's
    /// name to other copies (conflicts, letters). Empty: the office's name alone.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub copy_label: String,
    /// Lines of the letterhead (kop surat), top to bottom.
    pub letterhead: Vec<String>,
    pub sop: SopSettings,
    pub calendar: CalendarSettings,
    pub lang: Lang,
    /// The role and the person's name last chosen in "Bertindak sebagai".
    pub acting: Option<(ActorId, String)>,
    /// Number formats of the buku agenda.
    pub agenda: AgendaFormats,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            office_name: DEFAULT_OFFICE_NAME.into(),
            copy_label: String::new(),
            letterhead: vec![
                "PEMERINTAH PROVINSI KALIMANTAN BARAT".into(),
                "DINAS PERINDUSTRIAN, PERDAGANGAN, ENERGI DAN SUMBER DAYA MINERAL".into(),
                "Jl. Sutan Syahrir No. 1, Pontianak".into(),
            ],
            sop: SopSettings::default(),
            calendar: CalendarSettings::default(),
            lang: Lang::default(),
            acting: None,
            agenda: AgendaFormats::default(),
        }
    }
}

/// This installation: its id marks the events it records (and numbers them), its name is
/// the settings' office name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    pub id: OfficeId,
    pub name: String,
}

/// For the storage meter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// UTF-16 units used by everything in this browser's storage for the site.
    pub used_units: usize,
    pub quota_units: usize,
    pub cases: usize,
}

impl Usage {
    /// Time to warn the user: 80% of the quota is used.
    pub fn warn(&self) -> bool {
        self.used_units * 5 >= self.quota_units * 4
    }

    /// Percent used, rounded down.
    pub fn percent(&self) -> usize {
        (self.used_units * 100)
            .checked_div(self.quota_units)
            .unwrap_or(100)
    }
}
