//! The form of a correction (koreksi): the step's own form, prefilled with the values the
//! record has now, and the reason; the command it becomes; and what a correction changed,
//! field by field, for the timeline. Pure: tested natively.

use chrono::NaiveDate;

use super::agenda::{self, AgendaContext};
use super::draft::{self, Draft, CHECK, CLASSES, DECISION, READINESS};
use crate::core::case::bap::{Bap, Classification, Readiness};
use crate::core::case::fields::{FieldError, Problem};
use crate::core::case::step_data::StepData;
use crate::core::case::{Command, Recorded};
use crate::core::numbers;
use crate::core::register::LetterEntry;
use crate::core::sop::FormKind;
use crate::i18n::Lang;

/// The reason's field key.
pub const REASON: &str = "correction.reason";

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// A number as the form reads it back exactly (`numbers::format_number` rounds to three
/// decimals, which a correction must not do silently): "1.500,123456".
fn exact(n: f64) -> String {
    let text = format!("{n}");
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole = whole
        .parse::<u64>()
        .map(numbers::format_whole)
        .unwrap_or_else(|_| whole.to_string());
    if frac.is_empty() {
        whole
    } else {
        format!("{whole},{frac}")
    }
}

/// The draft of a step's form that holds `data`: what `draft::build` reads back as `data`.
pub fn draft_of(data: &StepData) -> Draft {
    let mut d = Draft::new();
    let mut set = |key: &str, value: String| {
        d.insert(key.to_string(), value);
    };
    match data {
        StepData::IpIssued { number, date }
        | StepData::VerificationRequested { number, date }
        | StepData::CommitmentReport { number, date } => {
            set("number", number.clone());
            set("date", iso(*date));
        }
        StepData::IndustryData { notified_on } => set("notified_on", iso(*notified_on)),
        StepData::FileReceived { received_on, note } => {
            set("received_on", iso(*received_on));
            set("note", note.clone());
        }
        StepData::Letter { number, date, note } => {
            set("number", number.clone());
            set("date", iso(*date));
            set("note", note.clone());
        }
        StepData::Disposition {
            instruction,
            surat_tugas_number,
            surat_tugas_date,
        } => {
            set("instruction", instruction.clone());
            set("surat_tugas_number", surat_tugas_number.clone());
            set("surat_tugas_date", iso(*surat_tugas_date));
        }
        StepData::TeamAssignment { members } => {
            set("members.#", members.len().to_string());
            for (i, m) in members.iter().enumerate() {
                set(&format!("members.{i}.name"), m.name.clone());
                set(&format!("members.{i}.nip"), m.nip.clone());
            }
        }
        StepData::DocumentCheck { findings } => set("findings", findings.clone()),
        StepData::InspectionDecision { needed, reason } => {
            set("needed", DECISION[usize::from(!needed)].to_string());
            set("reason", reason.clone());
        }
        StepData::FieldInspection {
            date,
            location,
            findings,
        } => {
            set("date", iso(*date));
            set("location", location.clone());
            set("findings", findings.clone());
        }
        StepData::Bap(bap) => bap_draft(&mut d, bap),
        StepData::CompletenessCheck { complete, reason } => {
            set("complete", CHECK[usize::from(!complete)].to_string());
            set("reason", reason.clone());
        }
        StepData::Signature { signed_on } => set("signed_on", iso(*signed_on)),
        StepData::Instruction { to, note } => {
            set("to", to.clone());
            set("note", note.clone());
        }
        StepData::BapUpload {
            uploaded_on,
            tembusan_sent_on,
        } => {
            set("uploaded_on", iso(*uploaded_on));
            set("tembusan_sent_on", iso(*tembusan_sent_on));
        }
        StepData::OssNotified { date } | StepData::ApplicantNotified { date } => {
            set("date", iso(*date))
        }
    }
    d
}

fn bap_draft(d: &mut Draft, bap: &Bap) {
    let mut set = |key: &str, value: String| {
        d.insert(key.to_string(), value);
    };
    let ready = |r: Readiness| READINESS[usize::from(r == Readiness::TidakSiap)].to_string();
    set("bap.number", bap.number.clone());
    set("bap.date", iso(bap.date));
    set("bap.place", bap.place.clone());
    set("bap.regulation", bap.regulation.clone());
    set("bap.request_number", bap.request_number.clone());
    set("bap.request_date", iso(bap.request_date));
    set("bap.company", bap.company.clone());
    set("bap.location", bap.location.clone());
    set("bap.iui_number", bap.iui_number.clone());
    set("bap.kbli", bap.kbli.clone());
    set("bap.npwp", bap.npwp.clone());
    set(
        "bap.workforce",
        numbers::format_whole(u64::from(bap.workforce)),
    );
    set("bap.investment", numbers::format_whole(bap.investment));
    let class = match bap.classification {
        Classification::Kecil => 0,
        Classification::Menengah => 1,
        Classification::Besar => 2,
    };
    set("bap.classification", CLASSES[class].to_string());
    set("bap.factory_construction", ready(bap.factory_construction));
    set(
        "bap.production_facilities",
        ready(bap.production_facilities),
    );
    set("bap.trial_production", ready(bap.trial_production));
    for (list, rows) in [
        ("bap.capacity_now", &bap.capacity_now),
        ("bap.capacity_after", &bap.capacity_after),
    ] {
        set(&format!("{list}.#"), rows.len().to_string());
        for (i, row) in rows.iter().enumerate() {
            set(&format!("{list}.{i}.commodity"), row.commodity.clone());
            set(&format!("{list}.{i}.capacity"), exact(row.capacity));
            set(&format!("{list}.{i}.unit"), row.unit.clone());
        }
    }
    set("bap.other_notes", bap.other_notes.clone());
    set("bap.inspectors.#", bap.inspectors.len().to_string());
    for (i, name) in bap.inspectors.iter().enumerate() {
        set(&format!("bap.inspectors.{i}"), name.clone());
    }
    set(
        "bap.company_representative",
        bap.company_representative.clone(),
    );
}

/// The form of a correction of `now`: its values now, the agenda fields of its letter,
/// and an empty reason.
pub fn prefill(now: &Recorded) -> Draft {
    let mut d = draft_of(now.data);
    if let Some(letter) = now.letter {
        d.insert("agenda.seq".into(), letter.seq.to_string());
        d.insert("agenda.from".into(), letter.from.clone());
        d.insert("agenda.to".into(), letter.to.clone());
        d.insert("agenda.subject".into(), letter.subject.clone());
    }
    d.insert(REASON.into(), String::new());
    d
}

/// Whether the letter of `now` can be corrected here: it was numbered in this office's
/// book (the agenda fields are then shown); otherwise it stays as it is.
pub fn letter_editable(now: &Recorded, ctx: Option<&AgendaContext>) -> bool {
    match (now.letter, ctx) {
        (Some(letter), Some(ctx)) => letter.office == ctx.office,
        _ => false,
    }
}

/// The correction the form asks for. The letter, where this office's book numbered it,
/// is built as the step's form builds it (the number from the running number and the
/// office's format); a letter from another office's book stays as it is.
pub fn build_command(
    form: FormKind,
    now: &Recorded,
    draft: &Draft,
    today: NaiveDate,
    ctx: Option<&AgendaContext>,
) -> Result<Command, Vec<FieldError>> {
    let reason = draft
        .get(REASON)
        .map(|r| r.trim().to_string())
        .unwrap_or_default();
    let mut errors = Vec::new();
    if reason.is_empty() {
        errors.push(FieldError {
            field: REASON.into(),
            problem: Problem::Required,
        });
    }
    let built = match (now.letter, ctx) {
        (Some(before), Some(ctx)) if letter_editable(now, Some(ctx)) => {
            agenda::build_command(form, now.step, draft, today, Some(ctx)).map(|command| {
                match command {
                    Command::CompleteWithLetter {
                        data, mut letter, ..
                    } => {
                        // The office's name as its book had it when the number was given.
                        letter.office_name = before.office_name.clone();
                        (data, Some(letter))
                    }
                    Command::Complete { data, .. } => (data, None),
                    _ => unreachable!("a step's form completes it"),
                }
            })
        }
        (Some(before), _) => {
            // The number fields of the form stay the letter's.
            let mut draft = draft.clone();
            for key in ["number", "surat_tugas_number"] {
                if draft.contains_key(key) {
                    draft.insert(key.into(), before.number.clone());
                }
            }
            draft::build(form, &draft, today).map(|data| (data, Some(Box::new(before.clone()))))
        }
        (None, _) => draft::build(form, draft, today).map(|data| (data, None)),
    };
    match built {
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
        Ok(_) if !errors.is_empty() => Err(errors),
        Ok((data, letter)) => Ok(Command::Correct {
            corrects: now.latest.clone(),
            data,
            letter,
            reason,
        }),
    }
}

/// What a record's values say, by form key, letter included (`agenda.*`).
fn values(data: &StepData, letter: Option<&LetterEntry>) -> Draft {
    let mut d = draft_of(data);
    d.retain(|key, _| !key.ends_with(".#"));
    if let Some(l) = letter {
        for (key, value) in [
            ("agenda.number", l.number.clone()),
            ("agenda.date", iso(l.date)),
            ("agenda.from", l.from.clone()),
            ("agenda.to", l.to.clone()),
            ("agenda.subject", l.subject.clone()),
        ] {
            d.insert(key.into(), value);
        }
    }
    d
}

/// A value as the timeline shows it: dates written out, choices by their label.
fn shown(key: &str, value: &str, lang: Lang) -> String {
    if value.trim().is_empty() {
        return "—".into();
    }
    if let Ok(d) = NaiveDate::parse_from_str(value, "%Y-%m-%d") {
        return crate::i18n::dates::date(d, lang);
    }
    let form = &lang.strings().form;
    match (key, value) {
        ("bap.classification", "kecil") => form.kecil.into(),
        ("bap.classification", "menengah") => form.menengah.into(),
        ("bap.classification", "besar") => form.besar.into(),
        (_, "siap") => form.siap.into(),
        (_, "tidak_siap") => form.tidak_siap.into(),
        _ => value.to_string(),
    }
}

/// The fields a correction changed: (form key, old value, new value), as shown, in the
/// order of the keys.
pub fn changes(
    before: (&StepData, Option<&LetterEntry>),
    after: (&StepData, Option<&LetterEntry>),
    lang: Lang,
) -> Vec<(String, String, String)> {
    let old = values(before.0, before.1);
    let new = values(after.0, after.1);
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    let changed: Vec<(String, String, String)> = keys
        .into_iter()
        .filter_map(|key| {
            let (a, b) = (
                old.get(key).map_or("", String::as_str),
                new.get(key).map_or("", String::as_str),
            );
            (a.trim() != b.trim()).then(|| (key.clone(), shown(key, a, lang), shown(key, b, lang)))
        })
        .collect();
    // A letter's number is the form's number too, and its date the form's date: each
    // said once (the number as the letter's, the date as the form's).
    let letter_number = changed
        .iter()
        .find(|(key, ..)| key == "agenda.number")
        .map(|(_, a, b)| (a.clone(), b.clone()));
    let form_dates: Vec<(String, String)> = changed
        .iter()
        .filter(|(key, ..)| !key.starts_with("agenda."))
        .map(|(_, a, b)| (a.clone(), b.clone()))
        .collect();
    changed
        .into_iter()
        .filter(|(key, a, b)| {
            let pair = (a.clone(), b.clone());
            match key.as_str() {
                "number" | "surat_tugas_number" => letter_number.as_ref() != Some(&pair),
                "agenda.date" => !form_dates.contains(&pair),
                _ => true,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::case::{Case, CaseId, OfficeId};
    use crate::core::register::{AgendaFormats, Direction, Register};
    use crate::core::sample::{self, Choices};
    use crate::core::sop::Sop;
    use crate::forms::draft::tests_support::walk_to;

    /// Every step's sample data, and odd numbers: the form reads back what it was given.
    #[test]
    fn a_form_filled_from_recorded_data_reads_back_the_same_data() {
        let sop = Sop::embedded();
        let (case, today) = walk_to(FormKind::ApplicantNotified);
        for step in sop.steps() {
            for choices in [
                Choices::default(),
                Choices {
                    inspection: false,
                    ready: false,
                    return_once: true,
                },
            ] {
                let mut data = sample::step_data(case.state(), step.form, today, choices);
                if let StepData::Bap(bap) = &mut data {
                    bap.capacity_now[0].capacity = 1234.567891;
                    bap.capacity_after[0].capacity = 0.1 + 0.2;
                    bap.capacity_now.push(bap.capacity_now[0].clone());
                    bap.capacity_now[1].capacity = 150_000.0;
                }
                let back = draft::build(step.form, &draft_of(&data), today);
                assert_eq!(back.as_ref(), Ok(&data), "step {}", step.no);
            }
        }
    }

    fn agenda_ctx(office: &str) -> AgendaContext {
        let register = Register::default();
        let office = OfficeId::from(office);
        AgendaContext::new(
            |d| register.next_seq(&office, d, 2025),
            office.clone(),
            "DPPESDM Kalbar".into(),
            AgendaFormats::default(),
        )
    }

    /// A case at step 6 whose step 5 (Nota Dinas) has letter 530/001 of `office`'s book.
    fn with_letter(office: &str) -> (Case, NaiveDate) {
        let (mut case, today) = walk_to(FormKind::Letter);
        let ctx = agenda_ctx(office);
        let mut d = draft::prefill(FormKind::Letter, case.state(), today);
        agenda::prefill(&mut d, 5, case.state(), &ctx);
        let command = agenda::build_command(FormKind::Letter, 5, &d, today, Some(&ctx)).unwrap();
        let ctx = crate::core::case::Ctx {
            event_id: "surat".into(),
            office: office.into(),
            seq: 50,
            at: case.state().since + chrono::Duration::hours(1),
            author: crate::core::case::Author {
                role: crate::core::sop::ActorId::new("operator"),
                name: "Nur Aini".into(),
            },
        };
        case.execute(Sop::embedded(), command, &ctx).unwrap();
        assert_eq!(case.id(), &CaseId::from("k"));
        (case, today)
    }

    #[test]
    fn a_corrected_running_number_gives_the_letter_and_the_form_its_new_number() {
        let (case, today) = with_letter("kantor-a");
        let record = case.state().path.last().unwrap().event.clone();
        let now = case.recorded(&record).unwrap();
        let mut d = prefill(&now);
        assert_eq!(d["agenda.seq"], "1");
        assert_eq!(d["number"], "530/001/DPPESDM/2025");
        assert_eq!(d[REASON], "");
        let ctx = agenda_ctx("kantor-a");
        assert!(letter_editable(&now, Some(&ctx)));
        // Without a reason: named at its field.
        d.insert("agenda.seq".into(), "12".into());
        let errors = build_command(FormKind::Letter, &now, &d, today, Some(&ctx)).unwrap_err();
        assert_eq!(errors[0].field, REASON);
        d.insert(REASON.into(), "Nomor pada surat fisik 012.".into());
        let Command::Correct {
            corrects,
            data,
            letter,
            reason,
        } = build_command(FormKind::Letter, &now, &d, today, Some(&ctx)).unwrap()
        else {
            panic!("a correction")
        };
        assert_eq!(&corrects, now.latest);
        assert_eq!(reason, "Nomor pada surat fisik 012.");
        let letter = letter.unwrap();
        assert_eq!(letter.number, "530/012/DPPESDM/2025");
        assert_eq!((letter.seq, letter.direction), (12, Direction::Keluar));
        assert_eq!(
            data.document_number().map(|(n, _)| n),
            Some("530/012/DPPESDM/2025")
        );
        let changed = changes((now.data, now.letter), (&data, Some(&letter)), Lang::Id);
        // The letter's number, said once (it is the form's number too).
        assert_eq!(
            changed,
            [(
                "agenda.number".to_string(),
                "530/001/DPPESDM/2025".to_string(),
                "530/012/DPPESDM/2025".to_string()
            )]
        );
    }

    #[test]
    fn a_letter_from_another_office_s_book_stays_as_it_is() {
        let (case, today) = with_letter("kantor-a");
        let record = case.state().path.last().unwrap().event.clone();
        let now = case.recorded(&record).unwrap();
        let ctx = agenda_ctx("kantor-b");
        assert!(!letter_editable(&now, Some(&ctx)));
        let mut d = prefill(&now);
        d.insert("agenda.seq".into(), "12".into());
        d.insert("note".into(), "Lampiran lengkap.".into());
        d.insert(REASON.into(), "Catatan terlewat.".into());
        let Command::Correct { data, letter, .. } =
            build_command(FormKind::Letter, &now, &d, today, Some(&ctx)).unwrap()
        else {
            panic!("a correction")
        };
        assert_eq!(letter.as_deref(), now.letter);
        let changed = changes((now.data, now.letter), (&data, letter.as_deref()), Lang::Id);
        assert_eq!(
            changed,
            [(
                "note".to_string(),
                "—".to_string(),
                "Lampiran lengkap.".to_string()
            )]
        );
    }

    #[test]
    fn changed_dates_and_choices_are_shown_in_words() {
        let day = |d| NaiveDate::from_ymd_opt(2025, 1, d).unwrap();
        let before = StepData::IpIssued {
            number: "IP-1".into(),
            date: day(6),
        };
        let after = StepData::IpIssued {
            number: "IP-1".into(),
            date: day(3),
        };
        let changed = changes((&before, None), (&after, None), Lang::Id);
        assert_eq!(changed.len(), 1);
        assert_eq!(changed[0].0, "date");
        assert_eq!(changed[0].1, crate::i18n::dates::date(day(6), Lang::Id));
        assert_eq!(changed[0].2, crate::i18n::dates::date(day(3), Lang::Id));
        assert!(changes((&before, None), (&before, None), Lang::Id).is_empty());
        // A letter dated with the form's date: the new date is said once.
        let (case, _) = with_letter("kantor-a");
        let record = case.state().path.last().unwrap().event.clone();
        let now = case.recorded(&record).unwrap();
        let mut letter = now.letter.unwrap().clone();
        letter.date = day(3);
        let StepData::Letter { number, note, .. } = now.data.clone() else {
            panic!("step 5 records a letter")
        };
        let redated = StepData::Letter {
            number,
            date: day(3),
            note,
        };
        let changed = changes((now.data, now.letter), (&redated, Some(&letter)), Lang::Id);
        assert_eq!(
            changed.iter().map(|c| c.0.as_str()).collect::<Vec<_>>(),
            ["date"]
        );
    }
}
