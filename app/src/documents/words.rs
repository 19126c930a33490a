//! Text helpers for the letters: numbers in Indonesian words (berita acara write the day
//! and year in words), placeholders in the letter templates, and the form's "coret yang
//! tidak dipilih" choices.

use chrono::{Datelike, NaiveDate};

use crate::i18n::dates::{date, day_name};
use crate::i18n::Lang;

const UNITS: [&str; 12] = [
    "", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh",
    "sebelas",
];

/// 2025 -> "dua ribu dua puluh lima" (terbilang), lower case.
pub fn terbilang(n: u64) -> String {
    fn words(n: u64) -> String {
        let join = |a: String, b: String| {
            if b.is_empty() {
                a
            } else {
                format!("{a} {b}")
            }
        };
        match n {
            0..=11 => UNITS[n as usize].to_string(),
            12..=19 => format!("{} belas", UNITS[(n - 10) as usize]),
            20..=99 => join(format!("{} puluh", UNITS[(n / 10) as usize]), words(n % 10)),
            100..=199 => join("seratus".into(), words(n - 100)),
            200..=999 => join(
                format!("{} ratus", UNITS[(n / 100) as usize]),
                words(n % 100),
            ),
            1_000..=1_999 => join("seribu".into(), words(n - 1_000)),
            2_000..=999_999 => join(format!("{} ribu", words(n / 1_000)), words(n % 1_000)),
            1_000_000..=999_999_999 => join(
                format!("{} juta", words(n / 1_000_000)),
                words(n % 1_000_000),
            ),
            1_000_000_000..=999_999_999_999 => join(
                format!("{} miliar", words(n / 1_000_000_000)),
                words(n % 1_000_000_000),
            ),
            _ => join(
                format!("{} triliun", words(n / 1_000_000_000_000)),
                words(n % 1_000_000_000_000),
            ),
        }
    }
    if n == 0 {
        "nol".into()
    } else {
        words(n)
    }
}

/// "dua ribu dua puluh lima" -> "Dua Ribu Dua Puluh Lima": how a berita acara writes it.
pub fn title_case(text: &str) -> String {
    text.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_uppercase().chain(c).collect::<String>())
                .unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The parts of a date the BAP's preamble asks for: "hari ... tanggal ... bulan ...
/// tahun ...". Day and year in words, as berita acara are written; the month by name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateInWords {
    pub day_name: &'static str,
    pub day: String,
    pub month: String,
    pub year: String,
}

pub fn date_in_words(d: NaiveDate) -> DateInWords {
    let month = date(d, Lang::Id)
        .split(' ')
        .nth(1)
        .unwrap_or_default()
        .to_string();
    DateInWords {
        day_name: day_name(d, Lang::Id),
        day: title_case(&terbilang(u64::from(d.day()))),
        month,
        year: title_case(&terbilang(d.year().unsigned_abs().into())),
    }
}

/// Replaces each `{key}` in `template` by its value. Keys are the templates' own, so a
/// missing one is a bug that shows in the printout as the bare `{key}`.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (key, value)| {
            text.replace(&format!("{{{key}}}"), value)
        })
}

/// A "coret yang tidak dipilih" choice: every option in the form's order, each marked
/// whether it is the one chosen (the others are printed struck through).
pub fn options<T: PartialEq>(all: &[(T, &'static str)], chosen: &T) -> Vec<(&'static str, bool)> {
    all.iter().map(|(v, label)| (*label, v == chosen)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::case::bap::{Classification, Readiness};

    #[test]
    fn numbers_in_indonesian_words() {
        let cases = [
            (1, "satu"),
            (6, "enam"),
            (10, "sepuluh"),
            (11, "sebelas"),
            (12, "dua belas"),
            (19, "sembilan belas"),
            (20, "dua puluh"),
            (21, "dua puluh satu"),
            (31, "tiga puluh satu"),
            (100, "seratus"),
            (115, "seratus lima belas"),
            (250, "dua ratus lima puluh"),
            (1_000, "seribu"),
            (1_001, "seribu satu"),
            (2_019, "dua ribu sembilan belas"),
            (2_025, "dua ribu dua puluh lima"),
            (2_030, "dua ribu tiga puluh"),
            (11_000, "sebelas ribu"),
            (100_000, "seratus ribu"),
            (1_000_000, "satu juta"),
            (25_000_000_000, "dua puluh lima miliar"),
        ];
        for (n, words) in cases {
            assert_eq!(terbilang(n), words, "{n}");
        }
        assert_eq!(terbilang(0), "nol");
    }

    #[test]
    fn a_dates_day_name_and_words() {
        let d = NaiveDate::from_ymd_opt(2025, 1, 6).unwrap();
        assert_eq!(
            date_in_words(d),
            DateInWords {
                day_name: "Senin",
                day: "Enam".into(),
                month: "Januari".into(),
                year: "Dua Ribu Dua Puluh Lima".into(),
            }
        );
        let d = NaiveDate::from_ymd_opt(2026, 8, 21).unwrap();
        let w = date_in_words(d);
        assert_eq!(
            (w.day_name, w.day.as_str(), w.month.as_str()),
            ("Jumat", "Dua Puluh Satu", "Agustus")
        );
        let d = NaiveDate::from_ymd_opt(2025, 3, 30).unwrap();
        assert_eq!(date_in_words(d).day_name, "Minggu");
    }

    #[test]
    fn templates_fill_every_placeholder() {
        assert_eq!(
            fill("{a} dan {b}, lagi {a}", &[("a", "satu"), ("b", "dua")]),
            "satu dan dua, lagi satu"
        );
        assert_eq!(fill("{x}", &[]), "{x}");
    }

    #[test]
    fn the_chosen_option_is_the_one_not_struck() {
        let classes = [
            (Classification::Kecil, "Kecil"),
            (Classification::Menengah, "Menengah"),
            (Classification::Besar, "Besar"),
        ];
        assert_eq!(
            options(&classes, &Classification::Menengah),
            [("Kecil", false), ("Menengah", true), ("Besar", false)]
        );
        let ready = [
            (Readiness::Siap, "siap"),
            (Readiness::TidakSiap, "tidak siap"),
        ];
        assert_eq!(
            options(&ready, &Readiness::TidakSiap),
            [("siap", false), ("tidak siap", true)]
        );
    }
}
