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
    #[serde(with = "crate::wire::date_text")]
    pub date: NaiveDate,
    pub from: String,
    pub to: String,
    pub subject: String,
    /// The document kind (`nota_dinas`, `surat_tugas`, ...).
    pub kind: String,
}

/// How this copy numbers its letters (a setting, Pengaturan): the number formats of its two
/// books, an optional short code of the copy (`{kode}` in a format), and the block of
/// running numbers it gives each year.
///
/// Two copies of the data (two PCs, two offices) that number letters without seeing each
/// other's would give the same numbers. Each copy can therefore start its own block
/// (`block_start`, say 1 at the front desk and 500 on the second PC), optionally up to an
/// end (`block_end`, after which it refuses with a clear message), and/or write its code
/// into the number (`530/{nomor}/DPPESDM-{kode}/{tahun}`). The office's official format
/// `530/001/DPPESDM/2026` stays possible: blocks need no change of format. A copy also
/// skips a number it sees another copy's letter already carries, and a number given twice
/// all the same is shown, never hidden (`Register::duplicates`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AgendaFormats {
    pub keluar: String,
    pub masuk: String,
    /// This copy's code (letters, digits, hyphens), written where a format says `{kode}`.
    #[serde(rename = "kode", skip_serializing_if = "String::is_empty")]
    pub code: String,
    /// The first running number this copy gives in a year (1 unless set).
    #[serde(rename = "nomor_awal", skip_serializing_if = "is_one")]
    pub block_start: u32,
    /// The last running number this copy may give in a year, if its block ends.
    #[serde(rename = "nomor_akhir", skip_serializing_if = "Option::is_none")]
    pub block_end: Option<u32>,
}

fn is_one(n: &u32) -> bool {
    *n == 1
}

/// The longest copy code: it is part of every letter number.
pub const MAX_CODE_CHARS: usize = 10;
/// The highest running number a block may name.
pub const MAX_SEQ: u32 = 999_999;

impl Default for AgendaFormats {
    fn default() -> Self {
        // 530 is the archive classification the SOP's own number (530/02/DPPESDM) uses.
        AgendaFormats {
            keluar: "530/{nomor}/DPPESDM/{tahun}".into(),
            masuk: "{nomor}/SM/DPPESDM/{tahun}".into(),
            code: String::new(),
            block_start: 1,
            block_end: None,
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

    /// Whether a copy code is one: 1 to `MAX_CODE_CHARS` letters, digits or hyphens.
    pub fn is_code(code: &str) -> bool {
        !code.is_empty()
            && code.chars().count() <= MAX_CODE_CHARS
            && code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    }

    /// Whether either format writes the copy code.
    pub fn uses_code(&self) -> bool {
        self.keluar.contains("{kode}") || self.masuk.contains("{kode}")
    }

    /// The number of running number `seq` in `direction`'s book of `year`, as written on
    /// the letter.
    pub fn number(&self, direction: Direction, seq: u32, year: i32) -> String {
        format_number(&self.of(direction).replace("{kode}", &self.code), seq, year)
    }

    /// The next number this copy (`office`) gives in `direction`'s book of `year`, among
    /// `letters` (every letter it knows, its own and other copies'): after its own last
    /// one, not below its block's start, and past any number another copy's letter already
    /// carries. It may lie past the block's end: `Register::check` refuses it then.
    pub fn next_free<'a>(
        &self,
        letters: impl IntoIterator<Item = &'a LetterEntry>,
        office: &OfficeId,
        direction: Direction,
        year: i32,
    ) -> u32 {
        let mut own_last = 0;
        let mut taken = std::collections::HashSet::new();
        for e in letters {
            if e.direction != direction || e.year != year {
                continue;
            }
            if &e.office == office {
                own_last = own_last.max(e.seq);
            } else {
                taken.insert(e.number.as_str());
            }
        }
        let mut n = own_last.saturating_add(1).max(self.block_start.max(1));
        while taken.contains(self.number(direction, n, year).as_str()) {
            n = n.saturating_add(1);
        }
        n
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
            Problem::OtherYear {
                year: entry.year,
                date: entry.date,
            },
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
    /// This copy's block of numbers for the book is used up (Pengaturan sets a new one).
    BlockUsedUp {
        direction: Direction,
        year: i32,
        start: u32,
        end: u32,
    },
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
            RegisterError::WrongYear { year, date } => Problem::OtherYear {
                year: *year,
                date: *date,
            }
            .message(lang),
            RegisterError::BlockUsedUp {
                direction,
                year,
                start,
                end,
            } if en => format!(
                "This copy's block of agenda numbers for {} letters of {year} (numbers {start} to {end}) is used up. Set a new block in Settings, section Letter register.",
                match direction {
                    Direction::Masuk => "incoming",
                    Direction::Keluar => "outgoing",
                }
            ),
            RegisterError::BlockUsedUp {
                direction,
                year,
                start,
                end,
            } => format!(
                "Blok nomor agenda salinan ini untuk surat {} tahun {year} (nomor {start} sampai {end}) sudah habis. Atur blok nomor yang baru di Pengaturan, bagian Buku Agenda.",
                match direction {
                    Direction::Masuk => "masuk",
                    Direction::Keluar => "keluar",
                }
            ),
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

    /// Whether `entry`, recorded by `step` of `case`, may take its number under this copy's
    /// `numbering`. The step that already holds the number (redone after a return) may keep
    /// it. A number any letter of the same direction and year already carries is refused,
    /// whichever copy gave it, and so is a running number that is not the next one this
    /// copy gives (`AgendaFormats::next_free`: no gaps, no going back, within its block).
    pub fn check(
        &self,
        case: &CaseId,
        round: u32,
        step: StepNo,
        entry: &LetterEntry,
        numbering: &AgendaFormats,
    ) -> Result<(), RegisterError> {
        if entry.year != entry.date.year() {
            return Err(RegisterError::WrongYear {
                year: entry.year,
                date: entry.date,
            });
        }
        let same_book =
            |r: &&RegisterRow| r.entry.direction == entry.direction && r.entry.year == entry.year;
        let taken: Vec<&RegisterRow> = self
            .rows
            .iter()
            .filter(same_book)
            .filter(|r| {
                (r.entry.office == entry.office && r.entry.seq == entry.seq)
                    || r.entry.number == entry.number
            })
            .collect();
        let holder = |r: &&&RegisterRow| {
            r.case == *case && r.round == round && r.step == step && r.entry.seq == entry.seq
        };
        if taken.iter().any(|r| holder(&r)) {
            return Ok(());
        }
        if let Some(taken) = taken.first() {
            return Err(RegisterError::Duplicate {
                number: taken.entry.number.clone(),
                company: taken.company.clone(),
                step: taken.step,
            });
        }
        let expected = numbering.next_free(
            self.rows.iter().map(|r| &r.entry),
            &entry.office,
            entry.direction,
            entry.year,
        );
        if let Some(end) = numbering.block_end.filter(|&end| expected > end) {
            return Err(RegisterError::BlockUsedUp {
                direction: entry.direction,
                year: entry.year,
                start: numbering.block_start,
                end,
            });
        }
        if entry.seq != expected {
            let last = self
                .book(&entry.office, entry.direction, entry.year)
                .max_by_key(|r| r.entry.seq);
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

    /// Agenda numbers more than one letter carries: the same number in the books of one
    /// direction and year, for different cases or steps (two copies that numbered with the
    /// same settings, then exchanged files). In book order.
    pub fn duplicates(&self) -> Vec<DuplicateNumber> {
        let mut groups: std::collections::BTreeMap<(Direction, i32, &str), Vec<&RegisterRow>> =
            Default::default();
        for row in &self.rows {
            groups
                .entry((
                    row.entry.direction,
                    row.entry.year,
                    row.entry.number.as_str(),
                ))
                .or_default()
                .push(row);
        }
        groups
            .into_iter()
            .filter_map(|((direction, year, number), rows)| {
                let mut letters: Vec<RegisterRow> = Vec::new();
                for row in rows {
                    let same_letter = |l: &RegisterRow| {
                        l.case == row.case && l.round == row.round && l.step == row.step
                    };
                    if !letters.iter().any(same_letter) {
                        letters.push(row.clone());
                    }
                }
                (letters.len() > 1).then(|| DuplicateNumber {
                    direction,
                    year,
                    number: number.to_string(),
                    letters,
                })
            })
            .collect()
    }
}

/// One agenda number carried by several letters.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DuplicateNumber {
    pub direction: Direction,
    pub year: i32,
    pub number: String,
    /// The letters that carry it, each once.
    pub letters: Vec<RegisterRow>,
}

impl DuplicateNumber {
    /// Whether `row` is one of the letters carrying the number.
    pub fn holds(&self, row: &RegisterRow) -> bool {
        row.entry.direction == self.direction
            && row.entry.year == self.year
            && row.entry.number == self.number
    }

    /// "Nomor 530/001/DPPESDM/2026 (surat keluar) dipakai 2 surat: PT A langkah 5
    /// (salinan ini); PT B langkah 5 (Kantor B)." `office` names the copy that gave a number.
    pub fn describe(&self, lang: Lang, office: impl Fn(&OfficeId) -> String) -> String {
        let letters: Vec<String> = self
            .letters
            .iter()
            .map(|l| match lang {
                Lang::Id => format!(
                    "{} langkah {} ({})",
                    l.company,
                    l.step,
                    office(&l.entry.office)
                ),
                Lang::En => format!(
                    "{} step {} ({})",
                    l.company,
                    l.step,
                    office(&l.entry.office)
                ),
            })
            .collect();
        let n = self.letters.len();
        match (lang, self.direction) {
            (Lang::Id, direction) => format!(
                "Nomor {} (surat {}) dipakai {n} surat: {}.",
                self.number,
                match direction {
                    Direction::Masuk => "masuk",
                    Direction::Keluar => "keluar",
                },
                letters.join("; ")
            ),
            (Lang::En, direction) => format!(
                "Number {} ({} letter) is carried by {n} letters: {}.",
                self.number,
                match direction {
                    Direction::Masuk => "incoming",
                    Direction::Keluar => "outgoing",
                },
                letters.join("; ")
            ),
        }
    }
}
