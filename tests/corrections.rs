//! Corrections (koreksi) of what a recorded step recorded: made by the step's role, the
//! Kasi or the Kabid, with a reason, as a new event; the original stays in the history.
//! The state (identity, documents, letters, rounds) takes the latest correction's values;
//! the hash chain, the tamper check, case files and merges treat a correction as any
//! event, and two offices correcting the same record differently is a conflict.

mod store_support;
#[path = "../examples/common/walk.rs"]
mod walk;

use chrono::{Datelike, Duration, NaiveDate};
use sopir::core::calendar::wib_date;
use sopir::core::case::bap::Readiness;
use sopir::core::case::{
    verify_hashes, Case, Command, CommandError, EventBody, EventId, Position, ReplayError, StepData,
};
use sopir::core::casefile::{export, read, Expect, ExportMeta, ImportError, Mode, Office, Scope};
use sopir::core::register::{format_number, letter_spec, AgendaFormats, LetterEntry};
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use sopir::store::{MemoryStorage, Storage, Store, StoreError};
use walk::{utc, Office as Desk};

fn sop() -> &'static Sop {
    Sop::embedded()
}

const REASON: &str = "Salah ketik: nomor pada dokumen asli berbeda.";

/// The record of `step` in `round` on the case's path.
fn record(case: &Case, round: u32, step: u8) -> EventId {
    case.state()
        .path
        .iter()
        .find(|p| p.round == round && p.step == step)
        .map(|p| p.event.clone())
        .unwrap_or_else(|| panic!("step {step} of round {round} is recorded"))
}

/// The correction of `step` (round 1) with `edit` applied to its values now.
fn correction(case: &Case, step: u8, edit: impl FnOnce(&mut StepData)) -> Command {
    let now = case.recorded(&record(case, 1, step)).expect("stands");
    let mut data = now.data.clone();
    edit(&mut data);
    Command::Correct {
        corrects: now.latest.clone(),
        data,
        letter: now.letter.cloned().map(Box::new),
        reason: REASON.into(),
    }
}

fn new_ip(data: &mut StepData, number: &str) {
    if let StepData::IpIssued { number: n, .. } = data {
        *n = number.into();
    }
}

/// A case walked by one office to step `to`, one hour a step.
fn walked(office: &str, to: u8, choices: Choices) -> (Desk, Case) {
    let mut desk = Desk::new(office, utc(2025, 1, 6, 1, 0));
    let mut case = desk.open(sop(), "koreksi", 0);
    desk.walk_to(sop(), &mut case, to, choices, 60);
    (desk, case)
}

#[test]
fn a_mistyped_number_is_corrected_and_the_original_stays() {
    let (mut desk, mut case) = walked("kantor-a", 4, Choices::default());
    let ip = record(&case, 1, 1);
    let original = case.events().iter().find(|e| e.id == ip).unwrap().clone();
    let date = NaiveDate::from_ymd_opt(2025, 1, 3).unwrap();
    let position = case.state().position;
    desk.now += Duration::minutes(10);
    let command = correction(&case, 1, |d| {
        *d = StepData::IpIssued {
            number: "IP-9120000-20250103".into(),
            date,
        }
    });
    desk.act(sop(), &mut case, "operator", command).unwrap();

    let state = case.state();
    assert_eq!(
        state.position, position,
        "a correction does not move the case"
    );
    let oss = state.identity.oss_ip.as_ref().unwrap();
    assert_eq!(
        (oss.number.as_str(), oss.date),
        ("IP-9120000-20250103", date)
    );
    let doc = state.document("izin_perluasan").unwrap();
    assert_eq!(doc.number.as_deref(), Some("IP-9120000-20250103"));
    assert_eq!(doc.date, Some(date));
    assert_eq!(doc.event, ip, "the document is still the record's");
    assert_eq!(
        case.summary().ip_date,
        Some(date),
        "the deadlines use the new date"
    );
    // The original record is in the history as it was, and the correction after it.
    assert!(case.events().contains(&original));
    let last = case.events().last().unwrap();
    let EventBody::StepCorrected {
        round,
        step,
        corrects,
        reason,
        ..
    } = &last.body
    else {
        panic!("a correction event");
    };
    assert_eq!(
        (*round, *step, corrects, reason.as_str()),
        (1, 1, &ip, REASON)
    );
    assert_eq!(last.author.role.as_str(), "operator");
    let corrected = state.corrected(&ip).unwrap();
    assert_eq!(corrected.latest, last.id);
    assert_eq!(corrected.corrections, std::slice::from_ref(&last.id));
    assert!(!state.superseded.contains(&last.id));
    // Replayed from its events in any order, the case is the same.
    let mut events = case.events().to_vec();
    events.reverse();
    assert_eq!(Case::from_events(sop(), events).unwrap(), case);
}

#[test]
fn corrections_chain_and_the_latest_stands() {
    let (mut desk, mut case) = walked("kantor-a", 4, Choices::default());
    let ip = record(&case, 1, 1);
    let first = correction(&case, 1, |d| new_ip(d, "IP-1"));
    desk.act(sop(), &mut case, "operator", first).unwrap();
    let c1 = case.events().last().unwrap().id.clone();
    // A form filled before the first correction (naming the record) is now stale.
    let stale = Command::Correct {
        corrects: ip.clone(),
        data: StepData::IpIssued {
            number: "IP-lama".into(),
            date: wib_date(desk.now),
        },
        letter: None,
        reason: REASON.into(),
    };
    let before = case.clone();
    let err = desk.act(sop(), &mut case, "kasi", stale).unwrap_err();
    assert_eq!(err, CommandError::CorrectedMeanwhile { step: 1 });
    assert!(err.to_string().contains("baru saja dikoreksi"), "{err}");
    assert!(case == before);
    // The Kabid corrects the correction.
    let second = correction(&case, 1, |d| new_ip(d, "IP-2"));
    let Command::Correct { corrects, .. } = &second else {
        unreachable!()
    };
    assert_eq!(corrects, &c1, "a new correction names the latest");
    desk.act(sop(), &mut case, "kabid", second).unwrap();
    let c2 = case.events().last().unwrap().id.clone();
    let state = case.state();
    assert_eq!(state.identity.oss_ip.as_ref().unwrap().number, "IP-2");
    let corrected = state.corrected(&ip).unwrap();
    assert_eq!(corrected.latest, c2);
    assert_eq!(corrected.corrections, [c1.clone(), c2.clone()]);
    assert_eq!(case.recorded(&ip).unwrap().latest, &c2);
    assert_eq!(case.record_of(&c2), Some(&ip));
    assert!(state.superseded.is_empty());
}

#[test]
fn the_step_role_the_kasi_and_the_kabid_may_correct_no_one_else() {
    let (mut desk, mut case) = walked("kantor-a", 4, Choices::default());
    // Outside the Dinas nobody records, corrections included.
    for role in ["pemohon", "oss", "siinas"] {
        let before = case.clone();
        let command = correction(&case, 1, |d| new_ip(d, "IP-X"));
        let err = desk.act(sop(), &mut case, role, command).unwrap_err();
        assert!(
            matches!(&err, CommandError::NotOfficeRole { .. }),
            "{role}: {err}"
        );
        assert!(case == before);
    }
    for role in ["tim_teknis", "kadis"] {
        let before = case.clone();
        let command = correction(&case, 1, |d| new_ip(d, "IP-X"));
        let err = desk.act(sop(), &mut case, role, command).unwrap_err();
        assert!(
            matches!(&err, CommandError::WrongCorrector { step: 1, .. }),
            "{role}: {err}"
        );
        assert!(
            err.to_string()
                .starts_with("Catatan langkah 1 hanya dapat dikoreksi oleh Operator atau Kasi"),
            "{err}"
        );
        assert!(case == before);
    }
    // The step's recorder, the Kasi and the Kabid may.
    for (role, number) in [("operator", "IP-A"), ("kasi", "IP-B"), ("kabid", "IP-C")] {
        let command = correction(&case, 1, |d| new_ip(d, number));
        desk.act(sop(), &mut case, role, command).unwrap();
    }
    assert_eq!(
        case.state().identity.oss_ip.as_ref().unwrap().number,
        "IP-C"
    );
}

#[test]
fn a_correction_without_a_reason_or_without_a_change_is_refused() {
    let (mut desk, mut case) = walked("kantor-a", 4, Choices::default());
    let before = case.clone();
    for reason in ["", "   \n"] {
        let mut command = correction(&case, 1, |d| new_ip(d, "IP-X"));
        if let Command::Correct { reason: r, .. } = &mut command {
            *r = reason.into();
        }
        let err = desk.act(sop(), &mut case, "operator", command).unwrap_err();
        assert_eq!(err, CommandError::NoReason);
        assert_eq!(
            err.to_string(),
            "Isi alasan koreksi: koreksi tidak dicatat tanpa alasan."
        );
    }
    let unchanged = correction(&case, 1, |_| {});
    let err = desk
        .act(sop(), &mut case, "operator", unchanged)
        .unwrap_err();
    assert_eq!(err, CommandError::NothingChanged { step: 1 });
    assert!(
        err.to_string().starts_with("Tidak ada yang berubah"),
        "{err}"
    );
    // Invalid values are refused at their fields, as in the step's own form.
    let tomorrow = wib_date(desk.now) + Duration::days(1);
    let future = correction(&case, 1, |d| {
        if let StepData::IpIssued { date, .. } = d {
            *date = tomorrow;
        }
    });
    let err = desk.act(sop(), &mut case, "operator", future).unwrap_err();
    assert_eq!(err.field_errors()[0].field, "date");
    let wrong_form = correction(&case, 1, |d| {
        *d = StepData::OssNotified {
            date: wib_date(desk.now),
        }
    });
    let err = desk
        .act(sop(), &mut case, "operator", wrong_form)
        .unwrap_err();
    assert_eq!(err, CommandError::WrongForm { step: 1 });
    assert!(case == before, "nothing was recorded");
}

#[test]
fn fields_that_decide_the_path_cannot_be_corrected() {
    let choices = Choices {
        return_once: true,
        ..Choices::default()
    };
    let (mut desk, mut case) = walked("kantor-a", 14, choices);
    let before = case.clone();
    let flip_decision = correction(&case, 9, |d| {
        if let StepData::InspectionDecision { needed, .. } = d {
            *needed = !*needed;
        }
    });
    let err = desk
        .act(sop(), &mut case, "tim_teknis", flip_decision)
        .unwrap_err();
    assert_eq!(
        err,
        CommandError::DecidesPath {
            step: 9,
            fields: vec!["needed"]
        }
    );
    let text = err.to_string();
    assert!(text.starts_with("Koreksi tidak dapat mengubah"), "{text}");
    assert!(
        text.contains("langkah 13") && text.contains("putaran baru"),
        "{text}"
    );
    let readiness = correction(&case, 11, |d| {
        if let StepData::Bap(bap) = d {
            bap.trial_production = Readiness::TidakSiap;
            bap.production_facilities = Readiness::TidakSiap;
            bap.other_notes = "Mesin belum diuji.".into();
        }
    });
    let err = desk
        .act(sop(), &mut case, "tim_teknis", readiness)
        .unwrap_err();
    assert_eq!(
        err,
        CommandError::DecidesPath {
            step: 11,
            fields: vec!["bap.production_facilities", "bap.trial_production"]
        }
    );
    // The return at step 13 (the first record of step 13: "perbaikan").
    let returned = record(&case, 1, 13);
    let latest = case.recorded(&returned).unwrap().latest.clone();
    let undo_return = Command::Correct {
        corrects: latest.clone(),
        data: StepData::CompletenessCheck {
            complete: true,
            reason: String::new(),
        },
        letter: None,
        reason: REASON.into(),
    };
    let err = desk
        .act(sop(), &mut case, "kabid", undo_return)
        .unwrap_err();
    assert!(
        matches!(err, CommandError::DecidesPath { step: 13, .. }),
        "{err}"
    );
    assert!(case == before);
    // What does not decide the path can be: the reason for the return, the BAP's notes.
    let reason = Command::Correct {
        corrects: latest,
        data: StepData::CompletenessCheck {
            complete: false,
            reason: "Nomor surat pengantar dan tanggalnya belum sesuai buku agenda.".into(),
        },
        letter: None,
        reason: REASON.into(),
    };
    desk.act(sop(), &mut case, "kabid", reason).unwrap();
    assert_eq!(
        case.state().returns[0].reason,
        "Nomor surat pengantar dan tanggalnya belum sesuai buku agenda."
    );
    let notes = correction(&case, 11, |d| {
        if let StepData::Bap(bap) = d {
            bap.other_notes = "Genset cadangan belum terpasang.".into();
        }
    });
    desk.act(sop(), &mut case, "tim_teknis", notes).unwrap();
    assert_eq!(
        case.state().round().bap.as_ref().unwrap().other_notes,
        "Genset cadangan belum terpasang."
    );
}

#[test]
fn a_crafted_correction_that_changes_the_path_does_not_replay() {
    let (mut desk, mut case) = walked("kantor-a", 11, Choices::default());
    let mut events = case.events().to_vec();
    // Recorded through the command (a change of the reason), then edited and re-hashed
    // by hand to flip the decision.
    let command = correction(&case, 9, |d| {
        if let StepData::InspectionDecision { reason, .. } = d {
            *reason = "Perlu dipastikan di lokasi.".into();
        }
    });
    desk.act(sop(), &mut case, "tim_teknis", command).unwrap();
    let mut forged = case.events().last().unwrap().clone();
    if let EventBody::StepCorrected {
        data: StepData::InspectionDecision { needed, .. },
        ..
    } = &mut forged.body
    {
        *needed = !*needed;
    }
    let hashes = events.iter().map(|e| (&e.id, &e.hash)).collect();
    forged.hash = forged.compute_hash(&hashes).unwrap();
    events.push(forged.clone());
    let err = Case::from_events(sop(), events).unwrap_err();
    assert!(
        matches!(&err, ReplayError::DoesNotFollowSop { event, .. } if *event == forged.id),
        "{err}"
    );
    assert!(err.to_string().contains("menentukan alur"), "{err}");
}

#[test]
fn an_invalid_correction_anywhere_in_a_chain_does_not_replay() {
    let (mut desk, mut case) = walked("kantor-a", 4, Choices::default());
    for number in ["IP-1", "IP-2"] {
        let command = correction(&case, 1, |d| new_ip(d, number));
        desk.act(sop(), &mut case, "operator", command).unwrap();
    }
    // The first correction's number emptied, every hash after it sealed again.
    let mut events = case.events().to_vec();
    let first = events.len() - 2;
    if let EventBody::StepCorrected { data, .. } = &mut events[first].body {
        new_ip(data, " ");
    }
    let mut hashes = std::collections::HashMap::new();
    for event in &mut events {
        let parents = hashes.iter().collect();
        event.hash = event.compute_hash(&parents).unwrap();
        hashes.insert(event.id.clone(), event.hash.clone());
    }
    let err = Case::from_events(sop(), events.clone()).unwrap_err();
    assert!(
        matches!(&err, ReplayError::InvalidData { event, step: 1, .. } if *event == events[first].id),
        "{err}"
    );
}

#[test]
fn the_hash_chain_and_the_tamper_check_cover_corrections() {
    let (mut desk, mut case) = walked("kantor-a", 4, Choices::default());
    let before = case.state().history_hash.clone();
    let command = correction(&case, 1, |d| new_ip(d, "IP-BENAR"));
    desk.act(sop(), &mut case, "operator", command).unwrap();
    let fix = case.events().last().unwrap().id.clone();
    assert_ne!(case.state().history_hash, before);
    assert!(verify_hashes(case.events()).is_ok());
    // A correction edited after it was recorded (its reason, its values) is detected.
    for edit in 0..2 {
        let mut forged = case.events().to_vec();
        let i = forged.len() - 1;
        if let EventBody::StepCorrected { reason, data, .. } = &mut forged[i].body {
            match edit {
                0 => *reason = "Alasan lain".into(),
                _ => new_ip(data, "IP-PALSU"),
            }
        }
        let err = Case::from_events(sop(), forged.clone()).unwrap_err();
        assert_eq!(err, ReplayError::Integrity(forged[i].id.clone()));
    }
    // The next step follows the correction in the hash chain and stands.
    desk.step(sop(), &mut case, Choices::default(), 30).unwrap();
    assert_eq!(case.events().last().unwrap().follows, [fix]);
    assert_eq!(case.state().position, Position::At(5));
}

fn meta(desk: &Desk) -> ExportMeta {
    ExportMeta {
        app_version: "0.1.0".into(),
        sop: sop().reference(),
        office: Office {
            id: desk.id.clone(),
            name: "DPPESDM Kalbar".into(),
        },
        offices: Default::default(),
        exported_at: desk.now,
        mode: Mode::Resmi,
        scope: Scope::Selection,
    }
}

#[test]
fn a_case_file_carries_corrections_and_an_edited_one_is_refused() {
    let (mut desk, mut case) = walked("kantor-a", 6, Choices::default());
    let command = correction(&case, 2, |d| {
        if let StepData::VerificationRequested { number, .. } = d {
            *number = "SIINAS/VT/0001/1".into();
        }
    });
    desk.act(sop(), &mut case, "operator", command).unwrap();
    let out = export(std::slice::from_ref(&case), meta(&desk));
    assert!(out
        .json
        .contains(r#"{"type":"step_corrected","round":1,"step":2,"corrects":"#));
    let expect = Expect {
        sop: sop().reference(),
        mode: Mode::Resmi,
    };
    let file = read(&out.json, &expect, sop()).unwrap();
    let back = Case::from_events(sop(), file.cases[0].events.clone()).unwrap();
    assert_eq!(back, case);
    assert_eq!(back.state(), case.state());
    assert_eq!(
        back.state().round().request.as_ref().unwrap().number,
        "SIINAS/VT/0001/1"
    );
    // The corrected number edited by hand in the file: the import names the event.
    let edited = out.json.replace("SIINAS/VT/0001/1", "SIINAS/VT/0002/1");
    let err = read(&edited, &expect, sop()).unwrap_err();
    let correction_id = case.events().last().unwrap().id.clone();
    assert!(
        matches!(&err, ImportError::Integrity { event, .. } if *event == correction_id),
        "{err}"
    );
    assert!(
        err.to_string().contains("pemeriksaan keutuhan gagal"),
        "{err}"
    );
    // Named by its place, not its id.
    assert!(err.to_string().contains("koreksi langkah 2"), "{err}");
}

/// Two offices holding the same case, walked to step `to` by the first.
fn two_offices(to: u8) -> (Desk, Case, Desk, Case) {
    let (mut a, case_a) = walked("kantor-a", to, Choices::default());
    let mut b = Desk::new("kantor-b", a.now);
    let case_b = case_a.clone();
    a.now += Duration::minutes(5);
    b.now += Duration::minutes(7);
    (a, case_a, b, case_b)
}

#[test]
fn two_offices_correcting_one_record_differently_is_a_conflict_resolved_like_others() {
    let (mut a, mut case_a, mut b, mut case_b) = two_offices(4);
    let ip = record(&case_a, 1, 1);
    let cmd = correction(&case_a, 1, |d| new_ip(d, "IP-DARI-A"));
    a.act(sop(), &mut case_a, "operator", cmd).unwrap();
    let cmd = correction(&case_b, 1, |d| new_ip(d, "IP-DARI-B"));
    b.act(sop(), &mut case_b, "kasi", cmd).unwrap();
    let from_a = case_a.events().last().unwrap().id.clone();
    let from_b = case_b.events().last().unwrap().id.clone();

    let merged = case_a.merge(sop(), case_b.events()).unwrap();
    let other_way = case_b.merge(sop(), case_a.events()).unwrap();
    assert_eq!(merged, other_way);
    assert_eq!(merged.state(), other_way.state());
    let state = merged.state();
    assert_eq!(state.conflicts.len(), 1);
    let conflict = &state.conflicts[0];
    assert_eq!((conflict.round, conflict.step), (1, 1));
    assert_eq!(conflict.record.as_ref(), Some(&ip));
    assert_eq!(conflict.applied, from_a, "the first in history order holds");
    assert_eq!(conflict.others, std::slice::from_ref(&from_b));
    assert_eq!(state.identity.oss_ip.as_ref().unwrap().number, "IP-DARI-A");
    assert!(state.superseded.contains(&from_b));
    assert_eq!(merged.summary().open_conflicts, 1);

    // While it is open the case does not go on, nor takes another correction.
    let mut case = merged.clone();
    let err = a.step(sop(), &mut case, Choices::default(), 5).unwrap_err();
    assert_eq!(err, CommandError::OpenConflict { round: 1, step: 1 });
    let cmd = correction(&case, 1, |d| new_ip(d, "IP-C"));
    let err = a.act(sop(), &mut case, "operator", cmd).unwrap_err();
    assert_eq!(err, CommandError::OpenConflict { round: 1, step: 1 });
    // Resolved by someone who may correct the step, keeping B's correction.
    let resolve = Command::ResolveConflict {
        round: 1,
        step: 1,
        keep: from_b.clone(),
        reason: "Nomor dari OSS diperiksa ulang: yang benar IP-DARI-B.".into(),
    };
    let err = a
        .act(sop(), &mut case, "tim_teknis", resolve.clone())
        .unwrap_err();
    assert!(
        matches!(err, CommandError::WrongCorrector { step: 1, .. }),
        "{err}"
    );
    a.act(sop(), &mut case, "kabid", resolve).unwrap();
    let state = case.state();
    assert!(state.conflicts.is_empty());
    assert_eq!(state.identity.oss_ip.as_ref().unwrap().number, "IP-DARI-B");
    assert_eq!(state.corrected(&ip).unwrap().latest, from_b);
    assert!(state.superseded.contains(&from_a));
    assert!(!state.superseded.contains(&from_b));
    // The resolution merges like any event: B, receiving it, agrees.
    let at_b = case_b.merge(sop(), case.events()).unwrap();
    assert_eq!(at_b.state(), case.state());
    // And the case goes on; a further correction names B's.
    a.step(sop(), &mut case, Choices::default(), 5).unwrap();
    let cmd = correction(&case, 1, |d| new_ip(d, "IP-D"));
    let Command::Correct { corrects, .. } = &cmd else {
        unreachable!()
    };
    assert_eq!(corrects, &from_b);
    a.act(sop(), &mut case, "operator", cmd).unwrap();
    assert_eq!(
        case.state().identity.oss_ip.as_ref().unwrap().number,
        "IP-D"
    );
}

#[test]
fn the_same_correction_made_at_two_offices_is_no_conflict() {
    let (mut a, mut case_a, mut b, mut case_b) = two_offices(4);
    let ip = record(&case_a, 1, 1);
    let cmd = correction(&case_a, 1, |d| new_ip(d, "IP-SAMA"));
    a.act(sop(), &mut case_a, "operator", cmd).unwrap();
    let cmd = correction(&case_b, 1, |d| new_ip(d, "IP-SAMA"));
    b.act(sop(), &mut case_b, "kabid", cmd).unwrap();
    let c_a = case_a.events().last().unwrap().id.clone();
    let c_b = case_b.events().last().unwrap().id.clone();
    // B goes on correcting its own correction before the copies meet.
    let cmd = correction(&case_b, 1, |d| {
        if let StepData::IpIssued { date, .. } = d {
            *date -= Duration::days(1);
        }
    });
    b.act(sop(), &mut case_b, "kabid", cmd).unwrap();
    let c_b2 = case_b.events().last().unwrap().id.clone();

    let merged = case_a.merge(sop(), case_b.events()).unwrap();
    assert_eq!(merged, case_b.merge(sop(), case_a.events()).unwrap());
    let state = merged.state();
    assert!(state.conflicts.is_empty(), "{:?}", state.conflicts);
    assert!(state.superseded.is_empty());
    let corrected = state.corrected(&ip).unwrap();
    let mut both = [c_a.clone(), c_b.clone()];
    both.sort_by_key(|id| merged.events().iter().position(|e| &e.id == id));
    assert_eq!(corrected.corrections[..2], both[..]);
    assert_eq!(
        corrected.latest, c_b2,
        "built on B's twin, B's next correction stands"
    );
    assert_eq!(state.identity.oss_ip.as_ref().unwrap().number, "IP-SAMA");
    // Without B's second one, the twins are simply both in effect.
    let first_only: Vec<_> = case_b
        .events()
        .iter()
        .filter(|e| e.id != c_b2)
        .cloned()
        .collect();
    let merged = case_a.merge(sop(), &first_only).unwrap();
    assert!(merged.state().conflicts.is_empty());
    assert_eq!(merged.state().corrected(&ip).unwrap().corrections.len(), 2);
}

#[test]
fn corrections_of_a_record_set_aside_by_a_resolution_are_without_effect() {
    let (mut a, mut case_a, mut b, mut case_b) = two_offices(3);
    // Both offices record step 3; A then corrects its own record of it.
    a.step(sop(), &mut case_a, Choices::default(), 5).unwrap();
    b.step(sop(), &mut case_b, Choices::default(), 9).unwrap();
    let rec_a = record(&case_a, 1, 3);
    let rec_b = record(&case_b, 1, 3);
    let cmd = correction(&case_a, 3, |d| {
        if let StepData::IndustryData { notified_on } = d {
            *notified_on -= Duration::days(2);
        }
    });
    a.act(sop(), &mut case_a, "operator", cmd).unwrap();
    let fix = case_a.events().last().unwrap().id.clone();
    let mut case = case_a.merge(sop(), case_b.events()).unwrap();
    let conflict = case.state().conflicts[0].clone();
    assert_eq!(conflict.record, None, "a conflict between records");
    let keep_b = Command::ResolveConflict {
        round: 1,
        step: 3,
        keep: rec_b.clone(),
        reason: "Tanggal notifikasi SIINAS kantor B yang benar.".into(),
    };
    a.act(sop(), &mut case, "operator", keep_b).unwrap();
    let state = case.state();
    assert!(state.conflicts.is_empty());
    assert!(state.superseded.contains(&rec_a) && state.superseded.contains(&fix));
    assert!(state.corrected(&rec_a).is_none());
    // The set-aside record cannot be corrected.
    let cmd = Command::Correct {
        corrects: fix.clone(),
        data: StepData::IndustryData {
            notified_on: wib_date(a.now),
        },
        letter: None,
        reason: REASON.into(),
    };
    let err = a.act(sop(), &mut case, "operator", cmd).unwrap_err();
    assert_eq!(err, CommandError::SetAside(fix.clone()));
    assert!(err.to_string().contains("dikesampingkan"), "{err}");
    // Nor can an event that is not a record of a step.
    let opening = case.events()[0].id.clone();
    let cmd = Command::Correct {
        corrects: opening.clone(),
        data: StepData::IndustryData {
            notified_on: wib_date(a.now),
        },
        letter: None,
        reason: REASON.into(),
    };
    let err = a.act(sop(), &mut case, "operator", cmd).unwrap_err();
    assert_eq!(err, CommandError::NotCorrectable(opening));
}

#[test]
fn a_batal_case_takes_no_correction() {
    let (mut desk, mut case) = walked("kantor-a", 6, Choices::default());
    // Commitments due by 6 April 2025 (IP of 6 January), a Sunday before a day of cuti
    // bersama, so the period ends on Tuesday 8 April: from the day after it is batal.
    desk.now = utc(2025, 4, 9, 3, 0);
    let command = correction(&case, 2, |d| {
        if let StepData::VerificationRequested { number, .. } = d {
            *number = "SIINAS/VT/9".into();
        }
    });
    let err = desk.act(sop(), &mut case, "operator", command).unwrap_err();
    assert!(matches!(err, CommandError::PermitVoid { .. }), "{err}");
}

// --- letters and the buku agenda, through the store -----------------------------------

/// The sample command of the case's current step, with its letter numbered from the
/// office's book when the step has one.
fn next_with_letter<S: Storage>(
    store: &Store<S>,
    case: &Case,
    at: chrono::DateTime<chrono::Utc>,
) -> (sopir::core::case::Author, Command) {
    let (author, command) = store_support::next(case, at).expect("not finished");
    let Command::Complete { step, data } = command else {
        unreachable!()
    };
    let Some(spec) = letter_spec(step) else {
        return (author, Command::Complete { step, data });
    };
    let day = wib_date(at);
    let seq = store
        .register()
        .next_seq(&store.office().id, spec.direction, day.year());
    let number = format_number(AgendaFormats::default().of(spec.direction), seq, day.year());
    let data = with_number(data, &number);
    let letter = LetterEntry {
        direction: spec.direction,
        office: store.office().id.clone(),
        office_name: store.office().name.clone(),
        year: day.year(),
        seq,
        number,
        date: data.date().unwrap_or(day),
        from: "Operator Bidang Perindustrian".into(),
        to: "Kepala Bidang Perindustrian".into(),
        subject: "Nota Dinas".into(),
        kind: spec.kind.clone(),
    };
    (
        author,
        Command::CompleteWithLetter {
            step,
            data,
            letter: Box::new(letter),
        },
    )
}

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

fn walk_store<S: Storage>(store: &mut Store<S>, id: &sopir::core::case::CaseId, steps: usize) {
    for _ in 0..steps {
        let case = store.case(id).unwrap();
        let at = case.summary().last_event_at + Duration::hours(1);
        let (author, command) = next_with_letter(store, &case, at);
        store.execute(sop(), id, command, author, at).unwrap();
    }
}

/// The correction of step 5's letter to running number `seq`.
fn letter_correction(case: &Case, seq: u32) -> Command {
    let now = case.recorded(&record(case, 1, 5)).unwrap();
    let mut letter = now.letter.unwrap().clone();
    letter.seq = seq;
    letter.number = format_number(AgendaFormats::default().keluar.as_str(), seq, letter.year);
    Command::Correct {
        corrects: now.latest.clone(),
        data: with_number(now.data.clone(), &letter.number),
        letter: Some(Box::new(letter)),
        reason: "Nomor pada surat fisik berbeda (buku agenda kertas).".into(),
    }
}

#[test]
fn a_corrected_agenda_number_is_checked_against_the_book_and_the_register_shows_it() {
    let mut store = store_support::open(MemoryStorage::new(), 21);
    let a = store_support::new_case(&mut store, 1);
    let b = store_support::new_case(&mut store, 2);
    walk_store(&mut store, &a, 6); // letters at 4 (masuk 001), 5 (keluar 001), 6 (keluar 002)
    walk_store(&mut store, &b, 5); // b: masuk 002, keluar 003
    let case = store.case(&a).unwrap();
    let at = case.summary().last_event_at + Duration::hours(1);
    let operator = store_support::operator();
    // Another letter's number is refused, as for a new letter.
    for taken in [2, 3] {
        let err = store
            .execute(
                sop(),
                &a,
                letter_correction(&case, taken),
                operator.clone(),
                at,
            )
            .unwrap_err();
        assert!(matches!(err, StoreError::Register(_)), "{err}");
        assert!(err.to_string().starts_with("Nomor agenda 530/00"), "{err}");
    }
    assert_eq!(store.case(&a).unwrap(), case, "nothing recorded");
    // The number the letter really bears (a paper book ahead of Sopir's) is taken.
    store
        .execute(
            sop(),
            &a,
            letter_correction(&case, 12),
            operator.clone(),
            at,
        )
        .unwrap();
    let numbers: Vec<String> = store
        .register()
        .rows()
        .iter()
        .map(|r| r.entry.number.clone())
        .collect();
    assert!(numbers.contains(&"530/012/DPPESDM/2025".to_string()));
    assert!(!numbers.contains(&"530/001/DPPESDM/2025".to_string()));
    let case = store.case(&a).unwrap();
    assert_eq!(
        case.state()
            .document("nota_dinas")
            .unwrap()
            .number
            .as_deref(),
        Some("530/012/DPPESDM/2025")
    );
    // The next new letter goes on after the highest number.
    assert_eq!(
        store.next_letter_seq(sopir::core::register::Direction::Keluar, 2025),
        13
    );
    // Its own number again, with another date, is no duplicate of itself.
    let now = case.recorded(&record(&case, 1, 5)).unwrap();
    let day = now.letter.unwrap().date - Duration::days(1);
    let mut letter = now.letter.unwrap().clone();
    letter.date = day;
    let data = match now.data.clone() {
        StepData::Letter { number, note, .. } => StepData::Letter {
            number,
            date: day,
            note,
        },
        other => other,
    };
    let redate = Command::Correct {
        corrects: now.latest.clone(),
        data,
        letter: Some(Box::new(letter)),
        reason: "Tanggal surat salah ketik.".into(),
    };
    store.execute(sop(), &a, redate, operator, at).unwrap();
    // A reopened store reads the same register from its records.
    let rows = store.register().rows().to_vec();
    let reopened = store_support::open(store.into_storage(), 22);
    assert_eq!(reopened.register().rows(), &rows[..]);
    let row = rows
        .iter()
        .find(|r| r.entry.number == "530/012/DPPESDM/2025")
        .unwrap();
    assert_eq!(row.entry.date, day);
}

#[test]
fn a_letter_is_corrected_only_in_the_book_that_numbered_it() {
    let mut store = store_support::open(MemoryStorage::new(), 31);
    let a = store_support::new_case(&mut store, 1);
    walk_store(&mut store, &a, 5);
    let case = store.case(&a).unwrap();
    // Another office holds a copy of the case.
    let mut other = store_support::open(MemoryStorage::new(), 32);
    other.commit_import(sop(), vec![case.clone()]).unwrap();
    let at = case.summary().last_event_at + Duration::hours(1);
    let err = other
        .execute(
            sop(),
            &a,
            letter_correction(&case, 12),
            store_support::operator(),
            at,
        )
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Nomor agenda surat ini berasal dari buku agenda"),
        "{err}"
    );
    // The note of the same step, its letter untouched, can be corrected there.
    let now = case.recorded(&record(&case, 1, 5)).unwrap();
    let data = match now.data.clone() {
        StepData::Letter { number, date, .. } => StepData::Letter {
            number,
            date,
            note: "Lampiran: berkas permohonan SIINAS.".into(),
        },
        other => other,
    };
    let note = Command::Correct {
        corrects: now.latest.clone(),
        data,
        letter: now.letter.cloned().map(Box::new),
        reason: "Catatan terlewat.".into(),
    };
    other
        .execute(sop(), &a, note, store_support::operator(), at)
        .unwrap();
    let fixed = other.case(&a).unwrap();
    assert!(fixed.state().corrected(&record(&fixed, 1, 5)).is_some());
}
