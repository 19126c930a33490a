//! The Berita Acara Pemeriksaan for an Izin Perluasan: every field of Permenperin 15/2019,
//! Lampiran III.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::fields::{npwp_is_valid, Checker, Problem};
use super::identity::check_capacity;

/// The most inspectors the BAP has signature blocks for (Lampiran III: four Pemeriksa),
/// and so the largest Tim Teknis a Surat Tugas assigns.
pub const MAX_TEAM: usize = 4;

/// "siap/tidak siap" in section 2 of the BAP.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Readiness {
    Siap,
    TidakSiap,
}

/// "Klasifikasi IUI: Kecil/Menengah/Besar".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Classification {
    Kecil,
    Menengah,
    Besar,
}

/// A row of the installed-capacity tables (sections 3 and 4).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct CapacityRow {
    pub commodity: String,
    pub capacity: f64,
    pub unit: String,
}

pub const MAX_ROWS: usize = 20;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bap {
    /// "Nomor" under the title.
    pub number: String,
    /// The day of the inspection ("Pada hari ini ... tanggal ... bulan ... tahun ...").
    #[serde(with = "crate::wire::date_text")]
    pub date: NaiveDate,
    /// Where the BAP is signed.
    pub place: String,
    /// The regulation named in the preamble.
    pub regulation: String,
    /// The company's request for inspection: Nomor ... tanggal ...
    pub request_number: String,
    #[serde(with = "crate::wire::date_text")]
    pub request_date: NaiveDate,
    pub company: String,
    pub location: String,
    pub iui_number: String,
    pub kbli: String,
    pub npwp: String,
    /// 1. Skala usaha industri.
    pub workforce: u32,
    pub investment: u64,
    pub classification: Classification,
    /// 2. Kesiapan pelaksanaan kegiatan Perluasan.
    pub factory_construction: Readiness,
    pub production_facilities: Readiness,
    pub trial_production: Readiness,
    /// 3. Kapasitas terpasang saat ini.
    pub capacity_now: Vec<CapacityRow>,
    /// 4. Kapasitas terpasang setelah Perluasan.
    pub capacity_after: Vec<CapacityRow>,
    /// 5. Keterangan lain dalam pemeriksaan.
    pub other_notes: String,
    /// Pemeriksa (up to four signature blocks).
    pub inspectors: Vec<String>,
    /// Penanggung Jawab Perusahaan.
    pub company_representative: String,
}

/// The regulation the BAP's preamble cites by default.
pub const DEFAULT_REGULATION: &str = "Nomor 15 Tahun 2019 sebagaimana telah diubah dengan Peraturan Menteri Perindustrian Nomor 30 Tahun 2019";

impl Bap {
    /// All three readiness items are "siap": the expansion is ready (Pasal 29(4)c, 30).
    pub fn all_ready(&self) -> bool {
        [
            self.factory_construction,
            self.production_facilities,
            self.trial_production,
        ]
        .iter()
        .all(|r| *r == Readiness::Siap)
    }

    pub(super) fn check(&self, c: &mut Checker) {
        c.line("bap.number", &self.number);
        c.line("bap.place", &self.place);
        c.line("bap.regulation", &self.regulation);
        c.line("bap.request_number", &self.request_number);
        if self.request_date > self.date {
            c.fail(
                "bap.request_date",
                Problem::NotBefore("tanggal permintaan pemeriksaan".into()),
            );
        }
        c.line("bap.company", &self.company);
        c.text("bap.location", &self.location);
        c.line("bap.iui_number", &self.iui_number);
        c.digits("bap.kbli", &self.kbli, 5);
        if !npwp_is_valid(&self.npwp) {
            c.fail("bap.npwp", Problem::Npwp);
        }
        if self.workforce == 0 {
            c.fail("bap.workforce", Problem::Positive);
        }
        if self.investment == 0 {
            c.fail("bap.investment", Problem::Positive);
        }
        check_rows(c, "bap.capacity_now", &self.capacity_now, true);
        check_rows(c, "bap.capacity_after", &self.capacity_after, false);
        c.text("bap.other_notes", &self.other_notes);
        if self.inspectors.is_empty() {
            c.fail("bap.inspectors", Problem::AtLeast(1));
        } else if self.inspectors.len() > MAX_TEAM {
            c.fail("bap.inspectors", Problem::AtMost(MAX_TEAM));
        }
        for (i, name) in self.inspectors.iter().enumerate() {
            c.line(&format!("bap.inspectors.{i}"), name);
        }
        c.line("bap.company_representative", &self.company_representative);
    }
}

fn check_rows(c: &mut Checker, field: &str, rows: &[CapacityRow], zero_ok: bool) {
    if rows.is_empty() {
        c.fail(field, Problem::AtLeast(1));
    } else if rows.len() > MAX_ROWS {
        c.fail(field, Problem::AtMost(MAX_ROWS));
    }
    for (i, row) in rows.iter().enumerate() {
        c.line(&format!("{field}.{i}.commodity"), &row.commodity);
        c.line(&format!("{field}.{i}.unit"), &row.unit);
        check_capacity(c, &format!("{field}.{i}.capacity"), row.capacity, zero_ok);
    }
}
