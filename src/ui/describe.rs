//! What an event says, in words: its title and the values it recorded, for the timeline.
//! Pure, so the wording is tested natively.

use crate::core::case::bap::{Classification, Readiness};
use crate::core::case::step_data::StepData;
use crate::core::case::{Event, EventBody};
use crate::core::numbers::{format_number, format_rupiah};
use crate::core::register::{Direction, LetterEntry};
use crate::core::sop::Sop;
use crate::i18n::{field_label, Lang};
use crate::ui::format::date;
use crate::ui::step::correction::changes;

pub struct Described {
    pub title: String,
    /// (label, value) pairs.
    pub details: Vec<(String, String)>,
}

pub fn describe(event: &Event, sop: &Sop, lang: Lang) -> Described {
    let s = &lang.strings().timeline;
    match &event.body {
        EventBody::Opened { identity, .. } => Described {
            title: s.opened.to_string(),
            details: vec![
                (field_label("company", lang), identity.company.clone()),
                (field_label("nib", lang), identity.nib.clone()),
                (field_label("kbli", lang), identity.kbli.clone()),
            ],
        },
        EventBody::StepCompleted {
            step,
            round,
            data,
            letter,
        } => Described {
            title: step_title(lang.strings().step.step, *step, *round, sop, lang),
            details: recorded(data, letter.as_deref(), sop, *step, lang),
        },
        EventBody::StepCorrected {
            step,
            round,
            data,
            letter,
            reason,
            ..
        } => {
            let mut details = vec![(lang.strings().correction.reason.to_string(), reason.clone())];
            details.extend(recorded(data, letter.as_deref(), sop, *step, lang));
            Described {
                title: step_title(lang.strings().correction.title, *step, *round, sop, lang),
                details,
            }
        }
        EventBody::ConflictResolved {
            step, keep, reason, ..
        } => Described {
            title: format!("{} {step}", s.conflict_resolved),
            details: vec![
                (s.kept.to_string(), keep.to_string()),
                (field_label("reason", lang), reason.clone()),
            ],
        },
    }
}

/// An event as the timeline shows it among the case's `events`: a correction with the
/// fields it changed ("lama → baru") instead of all its values.
pub fn describe_in(event: &Event, events: &[Event], sop: &Sop, lang: Lang) -> Described {
    let EventBody::StepCorrected {
        step,
        round,
        corrects,
        data,
        letter,
        reason,
    } = &event.body
    else {
        return describe(event, sop, lang);
    };
    let before = events
        .iter()
        .find(|e| &e.id == corrects)
        .and_then(|e| match &e.body {
            EventBody::StepCompleted { data, letter, .. }
            | EventBody::StepCorrected { data, letter, .. } => Some((data, letter.as_deref())),
            _ => None,
        });
    let Some(before) = before else {
        return describe(event, sop, lang);
    };
    let c = &lang.strings().correction;
    let mut details = vec![(c.reason.to_string(), reason.clone())];
    details.extend(
        changes(before, (data, letter.as_deref()), lang)
            .into_iter()
            .map(|(key, old, new)| {
                (
                    format!("{} ({})", field_label(&key, lang), c.changed),
                    format!("{old} → {new}"),
                )
            }),
    );
    Described {
        title: step_title(c.title, *step, *round, sop, lang),
        details,
    }
}

/// "Langkah 5: <activity>", with the round after the first.
fn step_title(prefix: &str, step: u8, round: u32, sop: &Sop, lang: Lang) -> String {
    let activity = sop
        .step(step)
        .map(|s| s.activity.clone())
        .unwrap_or_default();
    let mut title = format!("{prefix} {step}: {activity}");
    if round > 1 {
        title.push_str(&format!(" ({} {round})", lang.strings().timeline.round));
    }
    title
}

/// What a step recorded, its letter last.
fn recorded(
    data: &StepData,
    letter: Option<&LetterEntry>,
    sop: &Sop,
    step: u8,
    lang: Lang,
) -> Vec<(String, String)> {
    let mut details = details(data, sop, step, lang);
    if let Some(letter) = letter {
        let a = &lang.strings().agenda;
        let direction = match letter.direction {
            Direction::Masuk => a.incoming,
            Direction::Keluar => a.outgoing,
        };
        details.push((
            a.heading.to_string(),
            format!("{} ({direction}, {})", letter.number, letter.office_name),
        ));
    }
    details
}

fn details(data: &StepData, sop: &Sop, step: u8, lang: Lang) -> Vec<(String, String)> {
    let f = |key: &str| field_label(key, lang);
    let d = |day| date(day, lang);
    let branch = |key: &str| {
        sop.step(step)
            .and_then(|s| s.branch(key))
            .map(|b| b.label.clone())
            .unwrap_or_else(|| key.to_string())
    };
    let mut out = Vec::new();
    let mut push = |label: String, value: String| {
        if !value.trim().is_empty() {
            out.push((label, value));
        }
    };
    match data {
        StepData::IpIssued { number, date: day }
        | StepData::VerificationRequested { number, date: day }
        | StepData::CommitmentReport { number, date: day } => {
            push(f("number"), number.clone());
            push(f("date"), d(*day));
        }
        StepData::IndustryData { notified_on } => push(f("notified_on"), d(*notified_on)),
        StepData::FileReceived { received_on, note } => {
            push(f("received_on"), d(*received_on));
            push(f("note"), note.clone());
        }
        StepData::Letter {
            number,
            date: day,
            note,
        } => {
            push(f("number"), number.clone());
            push(f("date"), d(*day));
            push(f("note"), note.clone());
        }
        StepData::Disposition {
            instruction,
            surat_tugas_number,
            surat_tugas_date,
        } => {
            push(f("instruction"), instruction.clone());
            push(f("surat_tugas_number"), surat_tugas_number.clone());
            push(f("surat_tugas_date"), d(*surat_tugas_date));
        }
        StepData::TeamAssignment { members } => push(
            f("members"),
            members
                .iter()
                .map(|m| m.name.clone())
                .collect::<Vec<_>>()
                .join(", "),
        ),
        StepData::DocumentCheck { findings } => push(f("findings"), findings.clone()),
        StepData::InspectionDecision { reason, .. }
        | StepData::CompletenessCheck { reason, .. } => {
            push(
                f(if matches!(data, StepData::InspectionDecision { .. }) {
                    "needed"
                } else {
                    "complete"
                }),
                branch(data.branch_key().unwrap_or_default()),
            );
            push(f("reason"), reason.clone());
        }
        StepData::FieldInspection {
            date: day,
            location,
            findings,
        } => {
            push(f("date"), d(*day));
            push(f("location"), location.clone());
            push(f("findings"), findings.clone());
        }
        StepData::Bap(bap) => {
            let s = &lang.strings().form;
            let ready = |r: Readiness| {
                if r == Readiness::Siap {
                    s.siap
                } else {
                    s.tidak_siap
                }
                .to_string()
            };
            push(f("bap.number"), bap.number.clone());
            push(f("bap.date"), d(bap.date));
            push(f("bap.workforce"), format_number(f64::from(bap.workforce)));
            push(f("bap.investment"), format_rupiah(bap.investment));
            push(
                f("bap.classification"),
                match bap.classification {
                    Classification::Kecil => s.kecil,
                    Classification::Menengah => s.menengah,
                    Classification::Besar => s.besar,
                }
                .to_string(),
            );
            push(
                f("bap.factory_construction"),
                ready(bap.factory_construction),
            );
            push(
                f("bap.production_facilities"),
                ready(bap.production_facilities),
            );
            push(f("bap.trial_production"), ready(bap.trial_production));
            push(f("bap.inspectors"), bap.inspectors.join(", "));
        }
        StepData::Signature { signed_on } => push(f("signed_on"), d(*signed_on)),
        StepData::Instruction { to, note } => {
            push(f("to"), to.clone());
            push(f("note"), note.clone());
        }
        StepData::BapUpload {
            uploaded_on,
            tembusan_sent_on,
        } => {
            push(f("uploaded_on"), d(*uploaded_on));
            push(f("tembusan_sent_on"), d(*tembusan_sent_on));
        }
        StepData::OssNotified { date: day } | StepData::ApplicantNotified { date: day } => {
            push(f("date"), d(*day))
        }
    }
    out
}
