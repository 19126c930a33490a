//! The buku agenda part of a step's form: for a step that receives or sends a letter, its
//! running number (suggested: the next free one), from, to and subject (prefilled from
//! data/buku-agenda.toml). The letter's number is the one the step's form records, so it is
//! typed once. Pure: tested natively.

use chrono::{Datelike, NaiveDate};

use super::draft::{build, Draft};
use crate::core::case::fields::{FieldError, Problem};
use crate::core::case::step_data::StepData;
use crate::core::case::{CaseState, Command, OfficeId};
use crate::core::numbers;
use crate::core::register::{letter_spec, AgendaFormats, Direction, LetterEntry, LetterSpec};
use crate::core::sop::{FormKind, StepNo};

/// What the form needs from the office's register.
#[derive(Clone, Debug, PartialEq)]
pub struct AgendaContext {
    pub office: OfficeId,
    pub office_name: String,
    pub formats: AgendaFormats,
    /// The next free running number, for this year, per direction.
    pub next_masuk: u32,
    pub next_keluar: u32,
}

impl AgendaContext {
    /// `next`: the next free running number of this office's book, per direction.
    pub fn new(
        next: impl Fn(Direction) -> u32,
        office: OfficeId,
        office_name: String,
        formats: AgendaFormats,
    ) -> Self {
        AgendaContext {
            next_masuk: next(Direction::Masuk),
            next_keluar: next(Direction::Keluar),
            office,
            office_name,
            formats,
        }
    }

    fn next(&self, direction: Direction) -> u32 {
        match direction {
            Direction::Masuk => self.next_masuk,
            Direction::Keluar => self.next_keluar,
        }
    }
}

/// Prefills the agenda fields of `step`'s letter, if it has one.
pub fn prefill(draft: &mut Draft, step: StepNo, state: &CaseState, ctx: &AgendaContext) {
    let Some(spec) = letter_spec(step) else {
        return;
    };
    // A step redone after a return keeps the number it had.
    let earlier = state.letters.iter().rev().find(|l| {
        l.step == step && l.round == state.round_number() && l.entry.office == ctx.office
    });
    let seq = earlier.map_or(ctx.next(spec.direction), |l| l.entry.seq);
    let company = &state.identity.company;
    let siinas = state
        .round()
        .request
        .as_ref()
        .map(|r| r.number.as_str())
        .unwrap_or("-");
    let fill = |t: &str| LetterSpec::fill(t, company, &ctx.office_name, siinas);
    draft.insert("agenda.seq".into(), seq.to_string());
    draft.insert("agenda.from".into(), fill(&spec.from));
    draft.insert("agenda.to".into(), fill(&spec.to));
    draft.insert("agenda.subject".into(), fill(&spec.subject));
}

/// The date a step's letter bears.
fn letter_date(data: &StepData) -> Option<NaiveDate> {
    match data {
        StepData::BapUpload {
            tembusan_sent_on, ..
        } => Some(*tembusan_sent_on),
        _ => data.date(),
    }
}

/// The letter's number also goes into the form's own number field (typed once).
fn with_number(data: StepData, number: &str) -> StepData {
    match data {
        StepData::Letter { date, note, .. } => StepData::Letter {
            number: number.into(),
            date,
            note,
        },
        StepData::Disposition {
            instruction,
            surat_tugas_date,
            ..
        } => StepData::Disposition {
            instruction,
            surat_tugas_number: number.into(),
            surat_tugas_date,
        },
        other => other,
    }
}

/// The formatted number the running number in `draft` gives, for the form to show.
pub fn preview(
    step: StepNo,
    draft: &Draft,
    ctx: &AgendaContext,
    today: NaiveDate,
) -> Option<String> {
    let spec = letter_spec(step)?;
    let seq = numbers::parse_whole(draft.get("agenda.seq")?)? as u32;
    Some(ctx.formats.number(spec.direction, seq, today.year()))
}

/// Builds the command completing `step` from its form: with its letter when the step has one.
pub fn build_command(
    form: FormKind,
    step: StepNo,
    draft: &Draft,
    today: NaiveDate,
    ctx: Option<&AgendaContext>,
) -> Result<Command, Vec<FieldError>> {
    let (Some(spec), Some(ctx)) = (letter_spec(step), ctx) else {
        return build(form, draft, today).map(|data| Command::Complete { step, data });
    };
    // The letter's number fills the form's number field before the form is read.
    let seq_text = draft
        .get("agenda.seq")
        .map(|s| s.trim().to_string())
        .unwrap_or_default();
    let seq = numbers::parse_whole(&seq_text).filter(|&n| n > 0 && n <= u64::from(u32::MAX));
    let mut draft = draft.clone();
    let year_hint = today.year();
    let provisional = seq.map(|s| ctx.formats.number(spec.direction, s as u32, year_hint));
    for key in ["number", "surat_tugas_number"] {
        if let Some(n) = &provisional {
            draft.insert(key.into(), n.clone());
        }
    }
    let data = build(form, &draft, today);
    let mut errors = data.as_ref().err().cloned().unwrap_or_default();
    errors.retain(|e| e.field != "number" && e.field != "surat_tugas_number");
    let Some(seq) = seq else {
        errors.insert(
            0,
            FieldError {
                field: "agenda.seq".into(),
                problem: if seq_text.is_empty() {
                    Problem::Required
                } else {
                    Problem::NotANumber
                },
            },
        );
        return Err(errors);
    };
    let Ok(data) = data else { return Err(errors) };
    let date = letter_date(&data).unwrap_or(today);
    let number = ctx.formats.number(spec.direction, seq as u32, date.year());
    let data = with_number(data, &number);
    let text = |key: &str| {
        draft
            .get(key)
            .map(|v| v.trim().to_string())
            .unwrap_or_default()
    };
    let letter = LetterEntry {
        direction: spec.direction,
        office: ctx.office.clone(),
        office_name: ctx.office_name.clone(),
        year: date.year(),
        seq: seq as u32,
        number,
        date,
        from: text("agenda.from"),
        to: text("agenda.to"),
        subject: text("agenda.subject"),
        kind: spec.kind.clone(),
    };
    let form_number = data.document_number().map(|(n, _)| n.to_string());
    if let Err(more) =
        crate::core::register::check_entry(step, &letter, form_number.as_deref(), today)
    {
        errors.extend(more);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Command::CompleteWithLetter {
        step,
        data,
        letter: Box::new(letter),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::register::{Register, RegisterRow};
    use crate::core::sop::Sop;
    use crate::forms::draft::prefill as prefill_form;

    fn ctx(register: &Register) -> AgendaContext {
        let office = OfficeId::from("kantor-a");
        AgendaContext::new(
            |d| register.next_seq(&office, d, 2025),
            office.clone(),
            "DPPESDM Kalbar".into(),
            AgendaFormats::default(),
        )
    }

    #[test]
    fn a_letter_step_gets_the_next_number_typed_once() {
        let sop = Sop::embedded();
        let (case, today) = crate::forms::draft::tests_support::walk_to(FormKind::Letter);
        let step = case.state().current_step().unwrap();
        assert_eq!(step, 5);
        let existing = RegisterRow {
            entry: LetterEntry {
                direction: Direction::Keluar,
                office: "kantor-a".into(),
                office_name: "DPPESDM Kalbar".into(),
                year: 2025,
                seq: 6,
                number: "530/006/DPPESDM/2025".into(),
                date: today,
                from: "a".into(),
                to: "b".into(),
                subject: "c".into(),
                kind: "nota_dinas".into(),
            },
            case: "lain".into(),
            company: "PT Lain".into(),
            round: 1,
            step: 5,
        };
        let register = Register::new(vec![existing]);
        let ctx = ctx(&register);
        let mut draft = prefill_form(sop.step(step).unwrap().form, case.state(), today);
        prefill(&mut draft, step, case.state(), &ctx);
        assert_eq!(draft["agenda.seq"], "7");
        assert!(draft["agenda.subject"].contains(&case.state().identity.company));
        assert_eq!(
            preview(step, &draft, &ctx, today).as_deref(),
            Some("530/007/DPPESDM/2025")
        );
        let Command::CompleteWithLetter { data, letter, .. } =
            build_command(FormKind::Letter, step, &draft, today, Some(&ctx)).unwrap()
        else {
            panic!("a letter step completes with its letter")
        };
        assert_eq!(letter.number, "530/007/DPPESDM/2025");
        assert_eq!(
            data.document_number().map(|(n, _)| n),
            Some("530/007/DPPESDM/2025")
        );
    }

    #[test]
    fn a_copy_code_goes_into_the_number() {
        let (case, today) = crate::forms::draft::tests_support::walk_to(FormKind::Letter);
        let office = OfficeId::from("kantor-a");
        let formats = AgendaFormats {
            keluar: "530/{nomor}/DPPESDM-{kode}/{tahun}".into(),
            code: "PC2".into(),
            block_start: 500,
            ..AgendaFormats::default()
        };
        let ctx = AgendaContext::new(
            |d| formats.next_free([], &office, d, 2025),
            office.clone(),
            "DPPESDM Kalbar".into(),
            formats.clone(),
        );
        let mut draft = prefill_form(FormKind::Letter, case.state(), today);
        prefill(&mut draft, 5, case.state(), &ctx);
        assert_eq!(draft["agenda.seq"], "500");
        let Command::CompleteWithLetter { letter, .. } =
            build_command(FormKind::Letter, 5, &draft, today, Some(&ctx)).unwrap()
        else {
            panic!("a letter step completes with its letter")
        };
        assert_eq!(
            letter.number,
            format!("530/500/DPPESDM-PC2/{}", today.year())
        );
    }

    #[test]
    fn a_missing_running_number_is_named_at_its_field() {
        let (case, today) = crate::forms::draft::tests_support::walk_to(FormKind::Letter);
        let register = Register::default();
        let ctx = ctx(&register);
        let mut draft = prefill_form(FormKind::Letter, case.state(), today);
        prefill(&mut draft, 5, case.state(), &ctx);
        draft.insert("agenda.seq".into(), "tujuh".into());
        let errors = build_command(FormKind::Letter, 5, &draft, today, Some(&ctx)).unwrap_err();
        assert_eq!(
            errors[0],
            FieldError {
                field: "agenda.seq".into(),
                problem: Problem::NotANumber
            }
        );
        // A step without a letter completes as before.
        assert!(matches!(
            build_command(
                FormKind::Signature,
                14,
                &Draft::from([("signed_on".to_string(), "2025-01-06".to_string())]),
                today,
                Some(&ctx)
            ),
            Ok(Command::Complete { step: 14, .. })
        ));
    }
}
