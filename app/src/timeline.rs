//! What an event says, in words: its title and the values it recorded, for the timeline.
//! Pure, so the wording is tested natively.

use crate::core::case::bap::{Classification, Readiness};
use crate::core::case::step_data::StepData;
use crate::core::case::{Event, EventBody};
use crate::core::numbers::{format_number, format_rupiah};
use crate::core::offices::OfficeDirectory;
use crate::core::register::{Direction, LetterEntry};
use crate::core::sop::Sop;
use crate::forms::correction::changes;
use crate::i18n::dates::{date, date_time};
use crate::i18n::{field_label, Lang};

pub struct Described {
    pub title: String,
    /// The verification round of a step's event (the caller says it where a case has
    /// several rounds).
    pub round: Option<u32>,
    /// (label, value) pairs.
    pub details: Vec<(String, String)>,
}

impl Described {
    /// The title, with the round when the case has more than one.
    pub fn title_in(&self, several_rounds: bool, lang: Lang) -> String {
        match self.round {
            Some(round) if several_rounds => {
                format!("{} ({} {round})", self.title, lang.strings().timeline.round)
            }
            _ => self.title.clone(),
        }
    }
}

/// An event among the case's events (`history`): a correction shows the fields it changed
/// ("lama → baru"), a resolution names the record it kept by who made it and where;
/// `names` names the copies.
pub fn describe(
    event: &Event,
    sop: &Sop,
    lang: Lang,
    history: &[Event],
    names: &OfficeDirectory,
) -> Described {
    let s = &lang.strings().timeline;
    match &event.body {
        EventBody::Opened { identity, .. } => Described {
            title: s.opened.to_string(),
            round: None,
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
            title: step_title(lang.strings().step.step, *step, sop),
            round: Some(*round),
            details: recorded(data, letter.as_deref(), sop, *step, lang),
        },
        EventBody::StepCorrected {
            step,
            round,
            corrects,
            data,
            letter,
            reason,
        } => {
            let c = &lang.strings().correction;
            let mut details = vec![(c.reason.to_string(), reason.clone())];
            let before = history
                .iter()
                .find(|e| &e.id == corrects)
                .and_then(|e| match &e.body {
                    EventBody::StepCompleted { data, letter, .. }
                    | EventBody::StepCorrected { data, letter, .. } => {
                        Some((data, letter.as_deref()))
                    }
                    _ => None,
                });
            match before {
                Some(before) => details.extend(
                    changes(before, (data, letter.as_deref()), lang)
                        .into_iter()
                        .map(|(key, old, new)| {
                            (
                                format!("{} ({})", field_label(&key, lang), c.changed),
                                format!("{old} → {new}"),
                            )
                        }),
                ),
                // The corrected record is not in this history: all the values.
                None => details.extend(recorded(data, letter.as_deref(), sop, *step, lang)),
            }
            Described {
                title: step_title(c.title, *step, sop),
                round: Some(*round),
                details,
            }
        }
        EventBody::ConflictResolved {
            round,
            step,
            keep,
            reason,
            ..
        } => {
            let kept = match history.iter().find(|e| &e.id == keep) {
                Some(kept) => format!(
                    "{} {}, {}",
                    s.record_of,
                    names.recorded_by(&kept.author, &kept.office, sop, lang),
                    date_time(kept.at, lang)
                ),
                None => s.kept_unknown.to_string(),
            };
            Described {
                title: format!("{} {step}", s.conflict_resolved),
                round: Some(*round),
                details: vec![
                    (s.kept.to_string(), kept),
                    (field_label("reason", lang), reason.clone()),
                ],
            }
        }
    }
}

/// "Langkah 5: <activity>" (the round is added by `Described::title_in`).
fn step_title(prefix: &str, step: u8, sop: &Sop) -> String {
    let activity = sop
        .step(step)
        .map(|s| s.activity.clone())
        .unwrap_or_default();
    format!("{prefix} {step}: {activity}")
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

#[cfg(test)]
mod tests {
    use chrono::Duration;

    use super::*;
    use crate::core::calendar::wib_date;
    use crate::core::case::{Author, Case, Command, Ctx};
    use crate::core::offices::OfficeName;
    use crate::core::sample::{self, Choices};
    use crate::core::sop::ActorId;
    use crate::testkit::{sop, utc, Walk};

    fn record(
        case: &mut Case,
        id: &str,
        office: &str,
        name: &str,
        choices: Choices,
        at: chrono::DateTime<chrono::Utc>,
    ) {
        let (role, command) = sample::next_command(sop(), case, wib_date(at), choices).unwrap();
        let ctx = Ctx {
            event_id: id.into(),
            office: office.into(),
            seq: 90,
            at,
            author: Author {
                role,
                name: name.into(),
            },
        };
        case.execute(sop(), command, &ctx).unwrap();
    }

    #[test]
    fn a_resolution_names_the_record_it_kept_by_person_and_office() {
        let walk = Walk::open(1, utc(2025, 1, 6, 1)).to(9, Choices::default());
        let at = walk.now + Duration::hours(1);
        let mut mine = walk.case.clone();
        let mut theirs = walk.case;
        record(
            &mut mine,
            "e-ini",
            "kantor-uji",
            "Ir. Dedi",
            Choices::default(),
            at,
        );
        let no = Choices {
            inspection: false,
            ..Choices::default()
        };
        let later = at + Duration::minutes(30);
        record(
            &mut theirs,
            "e-sanggau",
            "kantor-sanggau",
            "Ir. Rina",
            no,
            later,
        );
        let mut case = mine.merge(sop(), theirs.events()).unwrap();
        let conflict = case.state().conflicts[0].clone();
        let resolve = Command::ResolveConflict {
            round: conflict.round,
            step: conflict.step,
            keep: "e-sanggau".into(),
            reason: "Data SIINAS cukup.".into(),
        };
        let ctx = Ctx {
            event_id: "e-putus".into(),
            office: "kantor-uji".into(),
            seq: 91,
            at: later + Duration::hours(2),
            author: Author {
                role: ActorId::new("tim_teknis"),
                name: "Ir. Dedi".into(),
            },
        };
        case.execute(sop(), resolve, &ctx).unwrap();
        let names = OfficeDirectory {
            own: "kantor-uji".into(),
            own_name: OfficeName::new("DPPESDM Kalbar", ""),
            known: [(
                "kantor-sanggau".into(),
                OfficeName::new("UPT DPPESDM Sanggau", "Laptop"),
            )]
            .into(),
        };
        let resolution = case
            .events()
            .iter()
            .find(|e| e.id.as_str() == "e-putus")
            .unwrap();
        let d = describe(resolution, sop(), Lang::Id, case.events(), &names);
        assert_eq!(d.title, "Konflik diselesaikan pada langkah 9");
        assert_eq!(
            d.details[0],
            (
                "Catatan yang berlaku".to_string(),
                format!(
                    "catatan Ir. Rina (Tim Teknis), Kantor: UPT DPPESDM Sanggau (Laptop), {}",
                    date_time(later, Lang::Id)
                )
            )
        );
        assert!(!d.details[0].1.contains("e-sanggau"), "not the event id");
    }
}
