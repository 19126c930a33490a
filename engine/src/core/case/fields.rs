//! Field-level validation shared by the identity form and the step forms: each problem is
//! typed, and worded in the UI's language at the field it belongs to.

use std::fmt;

use chrono::NaiveDate;

use crate::i18n::{dates, Lang};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    Required,
    /// Must be exactly this many digits.
    Digits(usize),
    Npwp,
    TooLong(usize),
    /// A number that must be more than zero.
    Positive,
    /// A number that cannot be negative.
    NotNegative,
    /// At least this many entries.
    AtLeast(usize),
    /// At most this many entries.
    AtMost(usize),
    /// A date that cannot come before the named earlier date.
    NotBefore(String),
    /// A letter numbered in `year`'s book but dated in another year.
    OtherYear {
        year: i32,
        date: NaiveDate,
    },
    /// A date in the future (after the day the action is recorded).
    InFuture,
    UnknownRegency,
    /// Not a date (forms send YYYY-MM-DD).
    InvalidDate,
    /// Not a number as Indonesians write them ("1.500,5").
    NotANumber,
    /// One of the offered options must be chosen.
    Choose,
    /// Must contain this text (e.g. the `{nomor}` of a number format).
    MustContain(&'static str),
    /// A short code: letters, digits and hyphens only.
    CodeChars,
    /// A number that cannot be below this one.
    NotBelow(u32),
    /// A copy code that no number format uses (`{kode}` is missing from both).
    CodeUnused,
}

impl Problem {
    pub fn message(&self, lang: Lang) -> String {
        match (self, lang) {
            (Problem::Required, Lang::Id) => "Wajib diisi.".into(),
            (Problem::Required, Lang::En) => "Required.".into(),
            (Problem::Digits(n), Lang::Id) => format!("Harus tepat {n} angka."),
            (Problem::Digits(n), Lang::En) => format!("Must be exactly {n} digits."),
            (Problem::Npwp, Lang::Id) => {
                "NPWP harus 15 angka (format 99.999.999.9-999.999) atau 16 angka.".into()
            }
            (Problem::Npwp, Lang::En) => {
                "NPWP must be 15 digits (99.999.999.9-999.999) or 16 digits.".into()
            }
            (Problem::TooLong(n), Lang::Id) => {
                format!("Terlalu panjang (paling banyak {n} huruf).")
            }
            (Problem::TooLong(n), Lang::En) => format!("Too long (at most {n} characters)."),
            (Problem::Positive, Lang::Id) => "Harus lebih dari nol.".into(),
            (Problem::Positive, Lang::En) => "Must be more than zero.".into(),
            (Problem::NotNegative, Lang::Id) => "Tidak boleh negatif.".into(),
            (Problem::NotNegative, Lang::En) => "Cannot be negative.".into(),
            (Problem::AtLeast(n), Lang::Id) => format!("Isi paling sedikit {n}."),
            (Problem::AtLeast(n), Lang::En) => format!("Fill in at least {n}."),
            (Problem::AtMost(n), Lang::Id) => format!("Paling banyak {n}."),
            (Problem::AtMost(n), Lang::En) => format!("At most {n}."),
            (Problem::NotBefore(what), Lang::Id) => {
                format!("Tanggal tidak boleh sebelum {what}.")
            }
            (Problem::NotBefore(what), Lang::En) => format!("The date cannot be before {what}."),
            (Problem::OtherYear { year, date }, Lang::Id) => format!(
                "Nomor tahun {year}, padahal surat bertanggal {}.",
                dates::date(*date, Lang::Id)
            ),
            (Problem::OtherYear { year, date }, Lang::En) => format!(
                "The number is of {year}, the letter is dated {}.",
                dates::date(*date, Lang::En)
            ),
            (Problem::InFuture, Lang::Id) => "Tanggal tidak boleh di masa depan.".into(),
            (Problem::InFuture, Lang::En) => "The date cannot be in the future.".into(),
            (Problem::InvalidDate, Lang::Id) => "Tanggal tidak sah.".into(),
            (Problem::InvalidDate, Lang::En) => "Not a valid date.".into(),
            (Problem::NotANumber, Lang::Id) => {
                "Harus berupa angka, misalnya 1.500 atau 2,5.".into()
            }
            (Problem::NotANumber, Lang::En) => "Must be a number, e.g. 1.500 or 2,5.".into(),
            (Problem::MustContain(what), Lang::Id) => format!("Harus memuat {what}."),
            (Problem::MustContain(what), Lang::En) => format!("Must contain {what}."),
            (Problem::CodeChars, Lang::Id) => {
                "Hanya huruf, angka dan tanda hubung (-), tanpa spasi.".into()
            }
            (Problem::CodeChars, Lang::En) => {
                "Letters, digits and hyphens (-) only, no spaces.".into()
            }
            (Problem::NotBelow(n), Lang::Id) => format!("Tidak boleh kurang dari {n}."),
            (Problem::NotBelow(n), Lang::En) => format!("Cannot be less than {n}."),
            (Problem::CodeUnused, Lang::Id) => {
                "Kode ini belum dipakai: tambahkan {kode} ke format nomor surat keluar dan/atau surat masuk.".into()
            }
            (Problem::CodeUnused, Lang::En) => {
                "This code is not used yet: add {kode} to the outgoing and/or incoming number format.".into()
            }
            (Problem::Choose, Lang::Id) => "Pilih salah satu.".into(),
            (Problem::Choose, Lang::En) => "Choose one.".into(),
            (Problem::UnknownRegency, Lang::Id) => {
                "Pilih kabupaten/kota di Kalimantan Barat.".into()
            }
            (Problem::UnknownRegency, Lang::En) => {
                "Choose a regency/city in West Kalimantan.".into()
            }
        }
    }
}

/// A problem at a named field (the name is the form's field key, e.g. `"nib"`, `"bap.pemeriksa.0"`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

impl fmt::Display for FieldError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.field, self.problem.message(Lang::Id))
    }
}

/// Collects field errors while a form is checked.
#[derive(Default)]
pub struct Checker {
    pub errors: Vec<FieldError>,
}

pub const MAX_TEXT: usize = 2_000;
pub const MAX_LINE: usize = 200;

impl Checker {
    pub fn fail(&mut self, field: impl Into<String>, problem: Problem) {
        self.errors.push(FieldError {
            field: field.into(),
            problem,
        });
    }

    /// A required single-line text.
    pub fn line(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, Problem::Required);
        } else {
            self.max_len(field, value, MAX_LINE);
        }
    }

    /// A required multi-line text.
    pub fn text(&mut self, field: &str, value: &str) {
        if value.trim().is_empty() {
            self.fail(field, Problem::Required);
        } else {
            self.max_len(field, value, MAX_TEXT);
        }
    }

    pub fn max_len(&mut self, field: &str, value: &str, max: usize) {
        if value.chars().count() > max {
            self.fail(field, Problem::TooLong(max));
        }
    }

    pub fn digits(&mut self, field: &str, value: &str, count: usize) {
        if value.trim().is_empty() {
            self.fail(field, Problem::Required);
        } else if value.len() != count || !value.bytes().all(|b| b.is_ascii_digit()) {
            self.fail(field, Problem::Digits(count));
        }
    }

    pub fn finish(self) -> Result<(), Vec<FieldError>> {
        if self.errors.is_empty() {
            Ok(())
        } else {
            Err(self.errors)
        }
    }
}

/// NPWP: 15 digits (optionally in the 99.999.999.9-999.999 layout) or the 16-digit form.
pub fn npwp_is_valid(value: &str) -> bool {
    let digits: String = value.chars().filter(|c| c.is_ascii_digit()).collect();
    let only_layout = value
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
    only_layout && (digits.len() == 15 || digits.len() == 16)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn npwp_layouts() {
        assert!(npwp_is_valid("01.234.567.8-901.000"));
        assert!(npwp_is_valid("012345678901000"));
        assert!(npwp_is_valid("6171012345678901"));
        assert!(!npwp_is_valid("01.234.567.8-901"));
        assert!(!npwp_is_valid("01 234 567 8 901 000"));
        assert!(!npwp_is_valid(""));
    }

    #[test]
    fn digits_rule() {
        let mut c = Checker::default();
        c.digits("nib", "123", 13);
        c.digits("kbli", "1010a", 5);
        c.digits("x", "", 5);
        c.digits("ok", "10101", 5);
        let errs = c.finish().unwrap_err();
        assert_eq!(
            errs.iter().map(|e| e.problem.clone()).collect::<Vec<_>>(),
            vec![Problem::Digits(13), Problem::Digits(5), Problem::Required]
        );
    }
}
