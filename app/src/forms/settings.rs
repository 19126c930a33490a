//! The settings form as typed, and how it is read back into `Settings`. SOP overrides are
//! stored only where they differ from the shipped SOP, so a step left at its default
//! follows any later correction of the shipped data.

use crate::core::register::{AgendaFormats, Direction, MAX_CODE_CHARS, MAX_SEQ};
use std::collections::BTreeSet;

use chrono::NaiveDate;

use crate::core::calendar::CalendarSettings;
use crate::core::case::fields::{Checker, FieldError, Problem, MAX_LINE};
use crate::core::sop::{ActorId, Sop, SopSettings, Step, StepNo, TimeStandard};
use crate::i18n::Lang;
use crate::store::Settings;

/// The most lines a kop surat has room for.
pub const MAX_LETTERHEAD_LINES: usize = 8;
/// The largest amount of any time unit (more is a typo, not a time standard).
pub const MAX_AMOUNT: usize = 999;
/// The longest copy label ("PC Operator"): it follows the office's name in messages.
pub const MAX_LABEL: usize = 60;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    None,
    Minutes,
    Hours,
    WorkingDays,
}

impl Unit {
    pub const ALL: [Unit; 4] = [Unit::None, Unit::Minutes, Unit::Hours, Unit::WorkingDays];

    /// The `<option>` value.
    pub fn key(self) -> &'static str {
        match self {
            Unit::None => "tanpa",
            Unit::Minutes => "menit",
            Unit::Hours => "jam",
            Unit::WorkingDays => "hari_kerja",
        }
    }

    pub fn parse(key: &str) -> Unit {
        Unit::ALL
            .into_iter()
            .find(|u| u.key() == key)
            .unwrap_or(Unit::None)
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepDraft {
    pub no: StepNo,
    pub actor: ActorId,
    pub unit: Unit,
    /// As typed; read only when the unit is not `None`.
    pub amount: String,
}

impl StepDraft {
    fn new(no: StepNo, actor: ActorId, time: Option<TimeStandard>) -> StepDraft {
        let (unit, amount) = match time {
            None => (Unit::None, String::new()),
            Some(TimeStandard::Minutes(n)) => (Unit::Minutes, n.to_string()),
            Some(TimeStandard::Hours(n)) => (Unit::Hours, n.to_string()),
            Some(TimeStandard::WorkingDays(n)) => (Unit::WorkingDays, n.to_string()),
        };
        StepDraft {
            no,
            actor,
            unit,
            amount,
        }
    }

    fn default_for(step: &Step) -> StepDraft {
        StepDraft::new(step.no, step.actor.clone(), step.time)
    }

    /// Whether this is the shipped actor and time standard of `step`.
    pub fn matches(&self, step: &Step) -> bool {
        self.actor == step.actor && self.time().is_ok_and(|t| t == step.time)
    }

    /// The field key of the amount, for its error and its element id.
    pub fn amount_key(no: StepNo) -> String {
        format!("steps.{no}.amount")
    }

    pub fn time(&self) -> Result<Option<TimeStandard>, Problem> {
        let make = match self.unit {
            Unit::None => return Ok(None),
            Unit::Minutes => TimeStandard::Minutes,
            Unit::Hours => TimeStandard::Hours,
            Unit::WorkingDays => TimeStandard::WorkingDays,
        };
        let typed = self.amount.trim();
        if typed.is_empty() {
            return Err(Problem::Required);
        }
        let n: u32 = typed.parse().map_err(|_| Problem::NotANumber)?;
        match n {
            0 => Err(Problem::Positive),
            n if n as usize > MAX_AMOUNT => Err(Problem::AtMost(MAX_AMOUNT)),
            n => Ok(Some(make(n))),
        }
    }
}

/// Why a settings draft is not saved.
#[derive(Clone, Debug, PartialEq)]
pub enum Invalid {
    Fields(Vec<FieldError>),
    /// The SOP with these settings does not validate (message from the core).
    Sop(String),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DateError {
    Invalid,
    Duplicate,
}

#[derive(Clone, Debug, PartialEq)]
pub struct SettingsDraft {
    pub office_name: String,
    /// This copy's label ("PC Operator"), as typed.
    pub copy_label: String,
    /// One kop line per text line.
    pub letterhead: String,
    /// Steps 1..=N in order.
    pub steps: Vec<StepDraft>,
    pub calendar: CalendarSettings,
    pub lang: Lang,
    /// Number formats of the buku agenda and the copy code (its block is typed below).
    pub agenda: AgendaFormats,
    /// The block of running numbers, as typed (`block_end` empty: no end).
    pub block_start: String,
    pub block_end: String,
}

impl SettingsDraft {
    /// The form for `settings`, over the shipped SOP `base`.
    pub fn of(settings: &Settings, base: &Sop) -> SettingsDraft {
        let steps = base
            .steps()
            .iter()
            .map(|step| {
                let actor = settings
                    .sop
                    .actors
                    .get(&step.no)
                    .cloned()
                    .unwrap_or_else(|| step.actor.clone());
                let time = settings
                    .sop
                    .times
                    .get(&step.no)
                    .copied()
                    .unwrap_or(step.time);
                StepDraft::new(step.no, actor, time)
            })
            .collect();
        SettingsDraft {
            office_name: settings.office_name.clone(),
            copy_label: settings.copy_label.clone(),
            letterhead: settings.letterhead.join("\n"),
            steps,
            calendar: settings.calendar.clone(),
            lang: settings.lang,
            agenda: settings.agenda.clone(),
            block_start: settings.agenda.block_start.to_string(),
            block_end: settings
                .agenda
                .block_end
                .map(|n| n.to_string())
                .unwrap_or_default(),
        }
    }

    /// The block typed: (start, end), each `None` where it is not a number in range.
    fn block(&self) -> (Result<u32, Problem>, Result<Option<u32>, Problem>) {
        let number = |typed: &str| -> Result<u32, Problem> {
            let n: u32 = typed.trim().parse().map_err(|_| Problem::NotANumber)?;
            match n {
                0 => Err(Problem::Positive),
                n if n > MAX_SEQ => Err(Problem::AtMost(MAX_SEQ as usize)),
                n => Ok(n),
            }
        };
        let start = if self.block_start.trim().is_empty() {
            Ok(1)
        } else {
            number(&self.block_start)
        };
        let end = if self.block_end.trim().is_empty() {
            Ok(None)
        } else {
            number(&self.block_end).and_then(|end| match start {
                Ok(start) if end < start => Err(Problem::NotBelow(start)),
                _ => Ok(Some(end)),
            })
        };
        (start, end)
    }

    /// The next outgoing number as this draft would give it first in `year`, for the form
    /// to show (`None` while the draft's numbering is not valid).
    pub fn example(&self, direction: Direction, year: i32) -> Option<String> {
        let (Ok(start), Ok(_)) = self.block() else {
            return None;
        };
        let formats = self.formats(start, None);
        let format_ok = AgendaFormats::is_valid(formats.of(direction));
        let code_ok = !formats.uses_code() || AgendaFormats::is_code(&formats.code);
        (format_ok && code_ok).then(|| formats.number(direction, start, year))
    }

    fn formats(&self, block_start: u32, block_end: Option<u32>) -> AgendaFormats {
        AgendaFormats {
            keluar: self.agenda.keluar.trim().to_string(),
            masuk: self.agenda.masuk.trim().to_string(),
            code: self.agenda.code.trim().to_string(),
            block_start,
            block_end,
        }
    }

    fn index(no: StepNo) -> usize {
        usize::from(no).saturating_sub(1)
    }

    /// Whether step `no` has the shipped actor and time standard.
    pub fn is_default(&self, no: StepNo, base: &Sop) -> bool {
        match (self.steps.get(Self::index(no)), base.step(no)) {
            (Some(d), Some(step)) => d.matches(step),
            _ => true,
        }
    }

    pub fn reset_step(&mut self, no: StepNo, base: &Sop) {
        if let (Some(d), Some(step)) = (self.steps.get_mut(Self::index(no)), base.step(no)) {
            *d = StepDraft::default_for(step);
        }
    }

    pub fn reset_all(&mut self, base: &Sop) {
        self.steps = base.steps().iter().map(StepDraft::default_for).collect();
    }

    /// The draft read into `settings`; what this form does not edit (acting as) is kept.
    pub fn apply(&self, base: &Sop, mut settings: Settings) -> Result<Settings, Invalid> {
        let mut c = Checker::default();
        c.line("office_name", &self.office_name);
        if self.copy_label.trim().chars().count() > MAX_LABEL {
            c.fail("copy_label", Problem::TooLong(MAX_LABEL));
        }
        let lines: Vec<String> = self
            .letterhead
            .lines()
            .map(|l| l.trim().to_string())
            .filter(|l| !l.is_empty())
            .collect();
        if lines.len() > MAX_LETTERHEAD_LINES {
            c.fail("letterhead", Problem::AtMost(MAX_LETTERHEAD_LINES));
        } else if lines.iter().any(|l| l.chars().count() > MAX_LINE) {
            c.fail("letterhead", Problem::TooLong(MAX_LINE));
        }
        for (key, format) in [
            ("agenda_keluar", &self.agenda.keluar),
            ("agenda_masuk", &self.agenda.masuk),
        ] {
            if !AgendaFormats::is_valid(format.trim()) {
                c.fail(key, Problem::MustContain("{nomor}"));
            }
        }
        let code = self.agenda.code.trim();
        let uses_code =
            self.agenda.keluar.contains("{kode}") || self.agenda.masuk.contains("{kode}");
        if code.is_empty() {
            if uses_code {
                c.fail("agenda_code", Problem::Required);
            }
        } else if !AgendaFormats::is_code(code) {
            c.fail(
                "agenda_code",
                if code.chars().count() > MAX_CODE_CHARS {
                    Problem::TooLong(MAX_CODE_CHARS)
                } else {
                    Problem::CodeChars
                },
            );
        } else if !uses_code {
            c.fail("agenda_code", Problem::CodeUnused);
        }
        let (start, end) = self.block();
        if let Err(problem) = &start {
            c.fail("agenda_block_start", problem.clone());
        }
        if let Err(problem) = &end {
            c.fail("agenda_block_end", problem.clone());
        }
        let mut sop = SopSettings::default();
        for d in &self.steps {
            let Some(step) = base.step(d.no) else {
                continue;
            };
            match d.time() {
                Err(problem) => c.fail(StepDraft::amount_key(d.no), problem),
                Ok(time) if time != step.time => {
                    sop.times.insert(d.no, time);
                }
                Ok(_) => {}
            }
            if d.actor != step.actor {
                sop.actors.insert(d.no, d.actor.clone());
            }
        }
        c.finish().map_err(Invalid::Fields)?;
        base.with_settings(&sop)
            .map_err(|e| Invalid::Sop(e.to_string()))?;
        settings.office_name = self.office_name.trim().to_string();
        settings.copy_label = self.copy_label.trim().to_string();
        settings.letterhead = lines;
        settings.sop = sop;
        settings.calendar = self.calendar.clone();
        settings.lang = self.lang;
        settings.agenda = self.formats(start.unwrap_or(1), end.ok().flatten());
        Ok(settings)
    }
}

/// Adds a date typed in an `<input type="date">` (YYYY-MM-DD) to a list.
pub fn add_date(list: &mut BTreeSet<NaiveDate>, typed: &str) -> Result<NaiveDate, DateError> {
    let d = NaiveDate::parse_from_str(typed.trim(), "%Y-%m-%d").map_err(|_| DateError::Invalid)?;
    if list.insert(d) {
        Ok(d)
    } else {
        Err(DateError::Duplicate)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn base() -> &'static Sop {
        Sop::embedded()
    }

    fn settings() -> Settings {
        Settings {
            office_name: "Dinas X".into(),
            letterhead: vec!["PEMERINTAH".into(), "DINAS X".into()],
            acting: Some((ActorId::new("kabid"), "Bu Ani".into())),
            ..Settings::default()
        }
    }

    fn fields(r: Result<Settings, Invalid>) -> Vec<(String, Problem)> {
        match r {
            Err(Invalid::Fields(errors)) => {
                errors.into_iter().map(|e| (e.field, e.problem)).collect()
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn unchanged_settings_store_no_overrides() {
        let draft = SettingsDraft::of(&settings(), base());
        assert_eq!(draft.steps.len(), 20);
        assert_eq!(draft.steps[4].unit, Unit::Hours);
        assert_eq!(draft.steps[4].amount, "2");
        assert_eq!(draft.steps[0].unit, Unit::None);
        assert!((1..=20).all(|no| draft.is_default(no, base())));
        let saved = draft.apply(base(), settings()).unwrap();
        assert!(saved.sop.is_default());
        assert_eq!(saved, settings());
    }

    #[test]
    fn only_changes_from_the_shipped_sop_are_stored() {
        let mut draft = SettingsDraft::of(&settings(), base());
        // Step 4: 30 minutes by the Kasi; step 5: no time standard; step 6 changed and back.
        draft.steps[3].unit = Unit::Minutes;
        draft.steps[3].amount = " 30 ".into();
        draft.steps[3].actor = ActorId::new("kasi");
        draft.steps[4].unit = Unit::None;
        draft.steps[5].amount = "3".into();
        draft.steps[5].amount = "1".into();
        assert!(!draft.is_default(4, base()));
        assert!(draft.is_default(6, base()));
        let saved = draft.apply(base(), settings()).unwrap();
        assert_eq!(saved.sop.actors.len(), 1);
        assert_eq!(saved.sop.actors[&4], ActorId::new("kasi"));
        assert_eq!(saved.sop.times.len(), 2);
        assert_eq!(saved.sop.times[&4], Some(TimeStandard::Minutes(30)));
        assert_eq!(saved.sop.times[&5], None);
        // What this page does not edit is kept.
        assert_eq!(saved.acting, settings().acting);
        // Reading the saved settings gives the same values back (typed text tidied).
        let meaning = |d: &SettingsDraft| -> Vec<_> {
            d.steps
                .iter()
                .map(|s| (s.actor.clone(), s.time()))
                .collect()
        };
        let reread = SettingsDraft::of(&saved, base());
        assert_eq!(meaning(&reread), meaning(&draft));
        assert_eq!(reread.steps[3].amount, "30");

        draft.reset_step(4, base());
        assert!(draft.is_default(4, base()));
        draft.reset_all(base());
        assert!(draft.apply(base(), settings()).unwrap().sop.is_default());
    }

    #[test]
    fn bad_amounts_are_named_at_their_field() {
        let mut draft = SettingsDraft::of(&settings(), base());
        draft.steps[3].amount = "".into();
        draft.steps[4].amount = "dua".into();
        draft.steps[5].amount = "0".into();
        draft.steps[6].amount = "1000".into();
        // An amount left behind under "no time standard" is ignored.
        draft.steps[7].unit = Unit::None;
        draft.steps[7].amount = "x".into();
        assert_eq!(
            fields(draft.apply(base(), settings())),
            [
                ("steps.4.amount".to_string(), Problem::Required),
                ("steps.5.amount".to_string(), Problem::NotANumber),
                ("steps.6.amount".to_string(), Problem::Positive),
                ("steps.7.amount".to_string(), Problem::AtMost(MAX_AMOUNT)),
            ]
        );
    }

    #[test]
    fn office_name_and_letterhead_are_checked_and_tidied() {
        let mut draft = SettingsDraft::of(&settings(), base());
        draft.office_name = "  ".into();
        assert_eq!(
            fields(draft.apply(base(), settings())),
            [("office_name".to_string(), Problem::Required)]
        );
        draft.office_name = " Dinas Y ".into();
        draft.letterhead = " PEMERINTAH \n\n  DINAS Y\nJl. Sutan Syahrir  ".into();
        let saved = draft.apply(base(), settings()).unwrap();
        assert_eq!(saved.office_name, "Dinas Y");
        assert_eq!(
            saved.letterhead,
            ["PEMERINTAH", "DINAS Y", "Jl. Sutan Syahrir"]
        );
        draft.letterhead = "baris\n".repeat(MAX_LETTERHEAD_LINES + 1);
        assert_eq!(
            fields(draft.apply(base(), settings())),
            [(
                "letterhead".to_string(),
                Problem::AtMost(MAX_LETTERHEAD_LINES)
            )]
        );
    }

    #[test]
    fn each_copy_can_have_its_own_block_of_numbers_and_code() {
        let mut draft = SettingsDraft::of(&settings(), base());
        assert_eq!(
            (draft.block_start.as_str(), draft.block_end.as_str()),
            ("1", "")
        );
        // The official format with a block of its own.
        draft.copy_label = " PC Operator ".into();
        draft.block_start = "500".into();
        draft.block_end = " 999 ".into();
        assert_eq!(
            draft.example(Direction::Keluar, 2026).as_deref(),
            Some("530/500/DPPESDM/2026")
        );
        let saved = draft.apply(base(), settings()).unwrap();
        assert_eq!(saved.copy_label, "PC Operator");
        assert_eq!(
            (saved.agenda.block_start, saved.agenda.block_end),
            (500, Some(999))
        );
        let reread = SettingsDraft::of(&saved, base());
        assert_eq!(
            (reread.block_start.as_str(), reread.block_end.as_str()),
            ("500", "999")
        );
        // A code no format writes is said to be unused; then written through {kode}.
        draft.agenda.code = "PC2".into();
        assert_eq!(
            fields(draft.apply(base(), settings())),
            [("agenda_code".to_string(), Problem::CodeUnused)]
        );
        draft.agenda.keluar = "530/{nomor}/DPPESDM-{kode}/{tahun}".into();
        assert_eq!(
            draft.example(Direction::Keluar, 2026).as_deref(),
            Some("530/500/DPPESDM-PC2/2026")
        );
        assert_eq!(
            draft
                .apply(base(), settings())
                .unwrap()
                .agenda
                .number(Direction::Keluar, 501, 2026),
            "530/501/DPPESDM-PC2/2026"
        );
        // Bad codes and blocks are named at their fields.
        draft.agenda.code = "PC 2".into();
        draft.block_end = "100".into();
        assert_eq!(
            fields(draft.apply(base(), settings())),
            [
                ("agenda_code".to_string(), Problem::CodeChars),
                ("agenda_block_end".to_string(), Problem::NotBelow(500)),
            ]
        );
        draft.agenda.code = "".into();
        draft.block_start = "0".into();
        draft.block_end = "".into();
        assert_eq!(
            fields(draft.apply(base(), settings())),
            [
                ("agenda_code".to_string(), Problem::Required),
                ("agenda_block_start".to_string(), Problem::Positive),
            ]
        );
        assert_eq!(draft.example(Direction::Keluar, 2026), None);
    }

    #[test]
    fn dates_are_added_once() {
        let mut list = BTreeSet::new();
        let d = NaiveDate::from_ymd_opt(2025, 12, 24).unwrap();
        assert_eq!(add_date(&mut list, "2025-12-24"), Ok(d));
        assert_eq!(add_date(&mut list, "2025-12-24"), Err(DateError::Duplicate));
        assert_eq!(add_date(&mut list, ""), Err(DateError::Invalid));
        assert_eq!(add_date(&mut list, "24/12/2025"), Err(DateError::Invalid));
        assert_eq!(list.len(), 1);
    }

    #[test]
    fn calendar_and_language_are_saved() {
        let mut draft = SettingsDraft::of(&settings(), base());
        draft.calendar.count_cuti_bersama = false;
        draft.lang = Lang::En;
        add_date(&mut draft.calendar.extra_days_off, "2025-08-18").unwrap();
        let saved = draft.apply(base(), settings()).unwrap();
        assert!(!saved.calendar.count_cuti_bersama);
        assert_eq!(saved.calendar.extra_days_off.len(), 1);
        assert_eq!(saved.lang, Lang::En);
    }
}
