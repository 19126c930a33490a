//! One record on the path: the SOP's rules for a step, checked, and the state moved on.

use chrono::NaiveDate;

use crate::core::case::event::{Event, EventBody};
use crate::core::case::replay_error::ReplayError;
use crate::core::case::state::{
    CaseState, DocumentRecord, LetterRecord, Outcome, PathEntry, Permit, Position, Return, Round,
};
use crate::core::case::step_data::StepData;
use crate::core::hash::Hash;
use crate::core::register::{check_entry, LetterEntry};
use crate::core::sop::{Shape, Sop, StepNo};

/// The state right after the opening.
pub(super) fn opened(sop: &Sop, event: &Event) -> Result<CaseState, ReplayError> {
    let EventBody::Opened {
        sop: sop_ref,
        identity,
    } = &event.body
    else {
        return Err(ReplayError::NotOpened(event.id.clone()));
    };
    Ok(CaseState {
        id: event.case_id.clone(),
        sop: sop_ref.clone(),
        identity: (**identity).clone(),
        opened_at: event.at,
        opened_by: event.author.clone(),
        position: Position::At(sop.first_step().no),
        since: event.at,
        rounds: vec![Round::new(1, event.at)],
        path: Vec::new(),
        documents: Vec::new(),
        permit: Permit::BelumEfektif,
        returns: Vec::new(),
        letters: Vec::new(),
        conflicts: Vec::new(),
        corrections: Vec::new(),
        superseded: Vec::new(),
        history_hash: Hash::of(b""),
        event_count: 0,
    })
}

/// Applies a record where the path ends: it must record the step the case is at.
/// `corrected`: the values of its latest correction, which replace its own.
pub(super) fn apply(
    sop: &Sop,
    state: &mut CaseState,
    event: &Event,
    corrected: Option<(&StepData, Option<&LetterEntry>)>,
) -> Result<(), ReplayError> {
    let EventBody::StepCompleted {
        step,
        round,
        data,
        letter,
    } = &event.body
    else {
        return Err(ReplayError::DoesNotFollowSop {
            event: event.id.clone(),
            detail: "bukan catatan langkah".into(),
        });
    };
    if state.position != Position::At(*step) || state.round_number() != *round {
        return Err(ReplayError::DoesNotFollowSop {
            event: event.id.clone(),
            detail: match state.position {
                Position::At(now) => format!(
                    "mencatat langkah {step} putaran {round}, padahal kasus berada di langkah {now} putaran {}",
                    state.round_number()
                ),
                Position::Finished => {
                    format!("mencatat langkah {step}, padahal kasus sudah selesai")
                }
            },
        });
    }
    let (data, letter) = corrected.unwrap_or((data, letter.as_deref()));
    apply_step(sop, state, event, *step, data, letter)
}

/// A correction's values for `record`, checked as a record's are and against what the
/// record itself says: the same form, the fields a branch depends on unchanged, and a
/// letter where the record has one, from the same office's book.
pub(super) fn check_correction<'a>(
    sop: &Sop,
    record: &Event,
    correction: &'a Event,
) -> Result<(&'a StepData, Option<&'a LetterEntry>), ReplayError> {
    let refuse = |detail: String| ReplayError::DoesNotFollowSop {
        event: correction.id.clone(),
        detail,
    };
    let (
        EventBody::StepCompleted {
            data: before,
            letter: letter_before,
            ..
        },
        EventBody::StepCorrected {
            step, data, letter, ..
        },
    ) = (&record.body, &correction.body)
    else {
        return Err(refuse("koreksi tidak merujuk catatan langkah".into()));
    };
    if sop.step(*step).is_none_or(|s| s.form != data.form()) || data.form() != before.form() {
        return Err(refuse(format!(
            "isian koreksi langkah {step} tidak sesuai dengan SOP"
        )));
    }
    let changed = before.path_changes(data);
    if !changed.is_empty() {
        return Err(refuse(format!(
            "koreksi langkah {step} mengubah isian yang menentukan alur ({})",
            changed.join(", ")
        )));
    }
    match (letter_before, letter) {
        (Some(was), Some(now)) if was.office == now.office => {}
        (None, _) => {}
        _ => {
            return Err(refuse(format!(
                "koreksi langkah {step} tidak membawa surat dari buku agenda yang sama"
            )))
        }
    }
    let invalid = |errors| ReplayError::InvalidData {
        event: correction.id.clone(),
        step: *step,
        errors,
    };
    data.validate(NaiveDate::MAX).map_err(invalid)?;
    if let Some(letter) = letter {
        let number = data.document_number().map(|(n, _)| n);
        check_entry(*step, letter, number, NaiveDate::MAX).map_err(invalid)?;
    }
    Ok((data, letter.as_deref()))
}

impl Round {
    fn new(number: u32, started_at: chrono::DateTime<chrono::Utc>) -> Round {
        Round {
            number,
            started_at,
            request: None,
            team: Vec::new(),
            decision: None,
            inspected_on: None,
            bap: None,
            outcome: None,
            notified_on: None,
        }
    }
}

/// Checks a step event against the SOP and moves the case on.
fn apply_step(
    sop: &Sop,
    state: &mut CaseState,
    event: &Event,
    no: StepNo,
    data: &StepData,
    letter: Option<&LetterEntry>,
) -> Result<(), ReplayError> {
    let step = sop.step(no).ok_or_else(|| ReplayError::DoesNotFollowSop {
        event: event.id.clone(),
        detail: format!("langkah {no} tidak ada dalam SOP"),
    })?;
    if data.form() != step.form {
        return Err(ReplayError::DoesNotFollowSop {
            event: event.id.clone(),
            detail: format!("isian langkah {no} tidak sesuai dengan SOP"),
        });
    }
    data.validate(NaiveDate::MAX)
        .map_err(|errors| ReplayError::InvalidData {
            event: event.id.clone(),
            step: no,
            errors,
        })?;
    if let Some(letter) = letter {
        let number = data.document_number().map(|(n, _)| n);
        check_entry(no, letter, number, NaiveDate::MAX).map_err(|errors| {
            ReplayError::InvalidData {
                event: event.id.clone(),
                step: no,
                errors,
            }
        })?;
    }
    let round_no = state.round_number();
    record_facts(state, data);
    if let Some(letter) = letter {
        state.letters.push(LetterRecord {
            round: round_no,
            step: no,
            entry: letter.clone(),
        });
    }
    if let Some(kind) = &step.document {
        state.documents.push(DocumentRecord {
            kind: kind.clone(),
            round: round_no,
            step: no,
            number: data.document_number().map(|(n, _)| n.to_string()),
            date: data.date(),
            event: event.id.clone(),
        });
    }
    let branch = data.branch_key();
    state.position = if step.shape == Shape::End {
        let outcome = state.round().outcome.unwrap_or(Outcome::BelumEfektif);
        match &step.restart {
            Some(restart) if restart.when == outcome.key() => {
                state.rounds.push(Round::new(round_no + 1, event.at));
                Position::At(restart.to)
            }
            _ => Position::Finished,
        }
    } else if let Some(key) = branch {
        let target =
            step.branch(key)
                .map(|b| b.to)
                .ok_or_else(|| ReplayError::DoesNotFollowSop {
                    event: event.id.clone(),
                    detail: format!("langkah {no} tidak punya cabang '{key}'"),
                })?;
        if target <= no {
            state.returns.push(Return {
                round: round_no,
                from: no,
                to: target,
                reason: match data {
                    StepData::CompletenessCheck { reason, .. } => reason.clone(),
                    _ => String::new(),
                },
                at: event.at,
                author: event.author.clone(),
            });
        }
        Position::At(target)
    } else {
        Position::At(
            step.next
                .expect("validated: non-end steps have a next step"),
        )
    };
    state.path.push(PathEntry {
        round: round_no,
        step: no,
        event: event.id.clone(),
        at: event.at,
        author: event.author.clone(),
        branch,
    });
    state.since = event.at;
    Ok(())
}

/// Keeps the domain facts a step records where the rest of the app looks for them.
fn record_facts(state: &mut CaseState, data: &StepData) {
    let round = state.rounds.last_mut().expect("a case has a round");
    match data {
        StepData::IpIssued { number, date } => {
            state.identity.oss_ip = Some(crate::core::case::identity::Issued {
                number: number.clone(),
                date: *date,
            });
        }
        StepData::VerificationRequested { number, date } => {
            let issued = crate::core::case::identity::Issued {
                number: number.clone(),
                date: *date,
            };
            round.request = Some(issued.clone());
            state.identity.siinas_request = Some(issued);
        }
        StepData::TeamAssignment { members } => round.team = members.clone(),
        StepData::InspectionDecision { needed, reason } => {
            round.decision = Some((*needed, reason.clone()));
        }
        StepData::FieldInspection { date, .. } => round.inspected_on = Some(*date),
        StepData::Bap(bap) => round.bap = Some((**bap).clone()),
        StepData::OssNotified { date } => {
            let ready = round.bap.as_ref().is_some_and(|b| b.all_ready());
            round.notified_on = Some(*date);
            if ready {
                round.outcome = Some(Outcome::Efektif);
                state.permit = Permit::BerlakuEfektif { since: *date };
            } else {
                round.outcome = Some(Outcome::BelumEfektif);
            }
        }
        _ => {}
    }
}
