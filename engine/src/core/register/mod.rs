//! The buku agenda: the register of incoming and outgoing letters the SOP requires. Each
//! letter a step receives or sends gets an agenda number from it: per office, per year,
//! per direction, without gaps or duplicates. Entries travel in the case history (the
//! step's event carries its letter), so merged case files bring their letters along and
//! the office that issued each number stays known.

mod csv;
mod spec;

use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::core::case::fields::{Checker, FieldError, Problem};
use crate::core::case::{CaseId, OfficeId};
use crate::core::sop::StepNo;
use crate::i18n::Lang;

pub use csv::to_csv;
pub use spec::{letter_spec, letter_specs, LetterSpec};

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Masuk,
    Keluar,
}

/// One letter in the register.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LetterEntry {
    pub direction: Direction,
    /// The office whose book gave the number.
    pub office: OfficeId,
    pub office_name: String,
    pub year: i32,
    /// The running number in that office's book of that year and direction.
    pub seq: u32,
    /// The number as written on the letter (`530/007/DPPESDM/2025`).
    pub number: String,
    #[serde(with = "crate::core::date_text")]
    pub date: NaiveDate,
    pub from: String,
    pub to: String,
    pub subject: String,
    /// The document kind (`nota_dinas`, `surat_tugas`, ...).
    pub kind: String,
}

/// The number formats of an office's book (a setting).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgendaFormats {
    pub keluar: String,
    pub masuk: String,
}

impl Default for AgendaFormats {
    fn default() -> Self {
        // 530 is the archive classification the SOP's own number (530/02/DPPESDM) uses.
        AgendaFormats {
            keluar: "530/{nomor}/DPPESDM/{tahun}".into(),
            masuk: "{nomor}/SM/DPPESDM/{tahun}".into(),
        }
    }
}

impl AgendaFormats {
    pub fn of(&self, direction: Direction) -> &str {
        match direction {
            Direction::Keluar => &self.keluar,
            Direction::Masuk => &self.masuk,
        }
    }

    /// Whether a format keeps numbers apart: it must contain `{nomor}`.
    pub fn is_valid(format: &str) -> bool {
        format.contains("{nomor}") && format.len() <= 120
    }
}

/// `{nomor}` becomes the running number with three digits, `{tahun}` the year.
pub fn format_number(format: &str, seq: u32, year: i32) -> String {
    format
        .replace("{nomor}", &format!("{seq:03}"))
        .replace("{tahun}", &year.to_string())
}

/// Checks a letter a step records: it fits the step's letter (data/buku-agenda.toml), every
/// field is filled, its year is its date's, and a letter the step's form numbers carries that
/// same number. Field keys are `agenda.*`.
pub fn check_entry(
    step: StepNo,
    entry: &LetterEntry,
    form_number: Option<&str>,
    today: NaiveDate,
) -> Result<(), Vec<FieldError>> {
    let mut c = Checker::default();
    match letter_spec(step) {
        Some(spec) if spec.direction == entry.direction && spec.kind == entry.kind => {}
        _ => c.fail("agenda", Problem::Choose),
    }
    if entry.seq == 0 {
        c.fail("agenda.seq", Problem::Positive);
    }
    c.line("agenda.number", &entry.number);
    c.line("agenda.from", &entry.from);
    c.line("agenda.to", &entry.to);
    c.text("agenda.subject", &entry.subject);
    if entry.year != entry.date.year() {
        c.fail(
            "agenda.seq",
            Problem::NotBefore(entry.date.format("%d-%m-%Y").to_string()),
        );
    }
    if entry.date > today {
        c.fail("agenda.date", Problem::InFuture);
    }
    if form_number.is_some_and(|n| n != entry.number) {
        c.fail("agenda.number", Problem::Choose);
    }
    c.finish()
}

/// A letter in the register, with the case and step it belongs to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RegisterRow {
    pub entry: LetterEntry,
    pub case: CaseId,
    pub company: String,
    pub round: u32,
    pub step: StepNo,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RegisterError {
    /// The number is taken by another letter.
    Duplicate {
        number: String,
        company: String,
        step: StepNo,
    },
    /// The next free number is `expected`: no gaps, and no going back.
    OutOfOrder {
        given: u32,
        expected: u32,
        last: Option<String>,
    },
    /// The year of the number and of the letter's date differ.
    WrongYear { year: i32, date: NaiveDate },
}

impl RegisterError {
    pub fn message(&self, lang: Lang) -> String {
        let en = lang == Lang::En;
        match self {
            RegisterError::Duplicate {
                number,
                company,
                step,
            } if en => format!(
                "Agenda number {number} is already used by the letter of step {step} of {company}."
            ),
            RegisterError::Duplicate {
                number,
                company,
                step,
            } => {
                format!("Nomor agenda {number} sudah dipakai surat langkah {step} kasus {company}.")
            }
            RegisterError::OutOfOrder {
                given,
                expected,
                last,
            } if en => format!(
                "Agenda number {given} skips or repeats: the next number is {expected}{}.",
                last.as_ref()
                    .map(|l| format!(" (the last is {l})"))
                    .unwrap_or_default()
            ),
            RegisterError::OutOfOrder {
                given,
                expected,
                last,
            } => {
                format!(
                "Nomor agenda {given} melompat atau mundur: nomor berikutnya adalah {expected}{}.",
                last.as_ref().map(|l| format!(" (nomor terakhir {l})")).unwrap_or_default()
            )
            }
            RegisterError::WrongYear { year, date } if en => {
                format!("The number is of {year}, the letter is dated {date}.")
            }
            RegisterError::WrongYear { year, date } => {
                format!(
                    "Nomor tahun {year}, padahal surat bertanggal {}.",
                    date.format("%d-%m-%Y")
                )
            }
        }
    }
}

/// The next free number in an office's book among `letters`: the highest taken, plus one.
pub fn next_seq<'a>(
    letters: impl IntoIterator<Item = &'a LetterEntry>,
    office: &OfficeId,
    direction: Direction,
    year: i32,
) -> u32 {
    letters
        .into_iter()
        .filter(|e| &e.office == office && e.direction == direction && e.year == year)
        .map(|e| e.seq)
        .max()
        .unwrap_or(0)
        + 1
}

/// All letters of a store, in book order: office, direction, year, number.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Register {
    rows: Vec<RegisterRow>,
}

impl Register {
    pub fn new(mut rows: Vec<RegisterRow>) -> Register {
        // A step redone after a return keeps its number: show each (case, round, step) once.
        rows.sort_by(|a, b| {
            (
                &a.entry.office,
                a.entry.direction,
                a.entry.year,
                a.entry.seq,
                &a.case,
            )
                .cmp(&(
                    &b.entry.office,
                    b.entry.direction,
                    b.entry.year,
                    b.entry.seq,
                    &b.case,
                ))
        });
        rows.dedup_by(|a, b| {
            a.case == b.case
                && a.round == b.round
                && a.step == b.step
                && a.entry.number == b.entry.number
        });
        Register { rows }
    }

    pub fn rows(&self) -> &[RegisterRow] {
        &self.rows
    }

    fn book<'a>(
        &'a self,
        office: &'a OfficeId,
        direction: Direction,
        year: i32,
    ) -> impl Iterator<Item = &'a RegisterRow> {
        self.rows.iter().filter(move |r| {
            &r.entry.office == office && r.entry.direction == direction && r.entry.year == year
        })
    }

    /// The next free number in an office's book.
    pub fn next_seq(&self, office: &OfficeId, direction: Direction, year: i32) -> u32 {
        next_seq(self.rows.iter().map(|r| &r.entry), office, direction, year)
    }

    /// Whether `entry`, recorded by `step` of `case`, may take its number. The step that
    /// already holds the number (redone after a return) may keep it.
    pub fn check(
        &self,
        case: &CaseId,
        round: u32,
        step: StepNo,
        entry: &LetterEntry,
    ) -> Result<(), RegisterError> {
        if entry.year != entry.date.year() {
            return Err(RegisterError::WrongYear {
                year: entry.year,
                date: entry.date,
            });
        }
        let book: Vec<&RegisterRow> = self
            .book(&entry.office, entry.direction, entry.year)
            .collect();
        if let Some(taken) = book
            .iter()
            .find(|r| r.entry.seq == entry.seq || r.entry.number == entry.number)
        {
            if taken.case == *case
                && taken.round == round
                && taken.step == step
                && taken.entry.seq == entry.seq
            {
                return Ok(());
            }
            return Err(RegisterError::Duplicate {
                number: taken.entry.number.clone(),
                company: taken.company.clone(),
                step: taken.step,
            });
        }
        let last = book.iter().max_by_key(|r| r.entry.seq);
        let expected = last.map_or(1, |r| r.entry.seq + 1);
        if entry.seq != expected {
            return Err(RegisterError::OutOfOrder {
                given: entry.seq,
                expected,
                last: last.map(|r| r.entry.number.clone()),
            });
        }
        Ok(())
    }

    /// Whether `entry` may replace `before`, the letter that `step` of `case` recorded,
    /// in a correction (koreksi). Its number must not be another letter's, as a new one's
    /// must not. It need not be the next free one: a correction says which number the
    /// letter really bears (a book kept on paper may have numbers Sopir never saw), and
    /// its reason is recorded with it.
    pub fn check_correction(
        &self,
        case: &CaseId,
        round: u32,
        step: StepNo,
        before: &LetterEntry,
        entry: &LetterEntry,
    ) -> Result<(), RegisterError> {
        if entry.year != entry.date.year() {
            return Err(RegisterError::WrongYear {
                year: entry.year,
                date: entry.date,
            });
        }
        let own = |r: &RegisterRow| {
            r.case == *case && r.round == round && r.step == step && r.entry.number == before.number
        };
        if let Some(taken) = self
            .book(&entry.office, entry.direction, entry.year)
            .filter(|r| !own(r))
            .find(|r| r.entry.seq == entry.seq || r.entry.number == entry.number)
        {
            return Err(RegisterError::Duplicate {
                number: taken.entry.number.clone(),
                company: taken.company.clone(),
                step: taken.step,
            });
        }
        Ok(())
    }
}
