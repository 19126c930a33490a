//! Who and what a case is about: the company, its IUI and the expansion applied for.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{npwp_is_valid, Checker, FieldError, Problem};

/// The kabupaten and kota of Kalimantan Barat.
pub const REGENCIES: [&str; 14] = [
    "Kabupaten Bengkayang",
    "Kabupaten Kapuas Hulu",
    "Kabupaten Kayong Utara",
    "Kabupaten Ketapang",
    "Kabupaten Kubu Raya",
    "Kabupaten Landak",
    "Kabupaten Melawi",
    "Kabupaten Mempawah",
    "Kabupaten Sambas",
    "Kabupaten Sanggau",
    "Kabupaten Sekadau",
    "Kabupaten Sintang",
    "Kota Pontianak",
    "Kota Singkawang",
];

/// A commodity with its installed capacity before and after the expansion.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Commodity {
    pub name: String,
    pub unit: String,
    pub capacity_before: f64,
    pub capacity_after: f64,
}

/// A number and date issued by another system (OSS IP, SIINAS request).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Issued {
    pub number: String,
    #[serde(with = "crate::wire::date_text")]
    pub date: NaiveDate,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Identity {
    pub company: String,
    /// Nomor Induk Berusaha: 13 digits.
    pub nib: String,
    pub npwp: String,
    /// Izin Usaha Industri number (an expansion needs an effective IUI, Pasal 26(1)).
    pub iui_number: String,
    /// Kelompok Industri: 5-digit KBLI.
    pub kbli: String,
    pub address: String,
    /// Kabupaten/kota, one of [`REGENCIES`].
    pub regency: String,
    pub commodities: Vec<Commodity>,
    pub workforce: u32,
    /// Investment value in Rupiah.
    pub investment: u64,
    /// Penanggung jawab perusahaan (signs the BAP).
    #[serde(default)]
    pub responsible_person: String,
    /// Set by step 1 (OSS issues the Izin Perluasan).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub oss_ip: Option<Issued>,
    /// Set by step 2 (the SIINAS verification request) of the latest round.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub siinas_request: Option<Issued>,
}

pub const MAX_COMMODITIES: usize = 20;

impl Identity {
    /// Checks every field; the errors name the fields (`company`, `commodities.0.name`, ...).
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut c = Checker::default();
        c.line("company", &self.company);
        c.digits("nib", &self.nib, 13);
        if self.npwp.trim().is_empty() {
            c.fail("npwp", Problem::Required);
        } else if !npwp_is_valid(&self.npwp) {
            c.fail("npwp", Problem::Npwp);
        }
        c.line("iui_number", &self.iui_number);
        c.digits("kbli", &self.kbli, 5);
        c.text("address", &self.address);
        if self.regency.trim().is_empty() {
            c.fail("regency", Problem::Required);
        } else if !REGENCIES.contains(&self.regency.as_str()) {
            c.fail("regency", Problem::UnknownRegency);
        }
        if self.commodities.is_empty() {
            c.fail("commodities", Problem::AtLeast(1));
        } else if self.commodities.len() > MAX_COMMODITIES {
            c.fail("commodities", Problem::AtMost(MAX_COMMODITIES));
        }
        for (i, item) in self.commodities.iter().enumerate() {
            c.line(&format!("commodities.{i}.name"), &item.name);
            c.line(&format!("commodities.{i}.unit"), &item.unit);
            check_capacity(
                &mut c,
                &format!("commodities.{i}.capacity_before"),
                item.capacity_before,
                true,
            );
            check_capacity(
                &mut c,
                &format!("commodities.{i}.capacity_after"),
                item.capacity_after,
                false,
            );
        }
        if self.workforce == 0 {
            c.fail("workforce", Problem::Positive);
        }
        if self.investment == 0 {
            c.fail("investment", Problem::Positive);
        }
        c.max_len(
            "responsible_person",
            &self.responsible_person,
            super::fields::MAX_LINE,
        );
        c.finish()
    }
}

/// Capacities are finite; "before" may be zero (a new commodity), "after" must be positive.
pub(super) fn check_capacity(c: &mut Checker, field: &str, value: f64, zero_ok: bool) {
    if !value.is_finite() || value < 0.0 {
        c.fail(field, Problem::NotNegative);
    } else if !zero_ok && value == 0.0 {
        c.fail(field, Problem::Positive);
    }
}
