//! Cases walked through the SOP: every step, every branch, the outcomes, and refusals.

mod support;

use chrono::Duration;
use sopir::core::calendar::Calendar;
use sopir::core::case::bap::Readiness;
use sopir::core::case::step_data::StepData;
use sopir::core::case::{
    verify_hashes, Case, Command, CommandError, Outcome, Permit, PermitStatus, Position,
    ReplayError,
};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::{ActorKind, Shape};
use support::*;

const WITH_INSPECTION: Choices = Choices {
    inspection: true,
    ready: true,
    return_once: false,
};
const WITHOUT_INSPECTION: Choices = Choices {
    inspection: false,
    ready: true,
    return_once: false,
};

/// Walks to `no`, completes it with the right role, and checks the move the SOP data
/// prescribes and what the step recorded.
fn check_step(no: u8, choices: Choices) -> Harness {
    let mut h = Harness::new();
    h.walk_to(no, choices);
    assert_eq!(h.case.state().position, Position::At(no));
    let step = sop().step(no).unwrap();
    let documents_before = h.case.state().documents.len();
    h.step(choices).unwrap_or_else(|e| panic!("step {no}: {e}"));
    let state = h.case.state();
    let entry = state.path.last().unwrap();
    assert_eq!(entry.step, no);
    assert_eq!(entry.author.role, sop().roles_for(step).pop().unwrap());
    let expected = match (step.shape, entry.branch) {
        (Shape::End, _) => Position::Finished,
        (_, Some(key)) => Position::At(step.branch(key).unwrap().to),
        _ => Position::At(step.next.unwrap()),
    };
    assert_eq!(state.position, expected, "after step {no}");
    assert_eq!(
        state.documents.len() - documents_before,
        usize::from(step.document.is_some()),
        "step {no} produces its document"
    );
    h
}

macro_rules! step_tests {
    ($($name:ident: $no:expr,)*) => {$(
        #[test]
        fn $name() {
            check_step($no, WITH_INSPECTION);
        }
    )*};
}

step_tests! {
    step_01_ip_issued_by_oss: 1,
    step_02_verification_requested: 2,
    step_03_industry_data: 3,
    step_04_file_received: 4,
    step_05_cover_note_to_kabid: 5,
    step_06_disposition_and_surat_tugas: 6,
    step_07_team_assigned: 7,
    step_08_document_check: 8,
    step_09_decision: 9,
    step_10_field_inspection: 10,
    step_11_bap: 11,
    step_12_report_and_cover_letter: 12,
    step_13_completeness_check: 13,
    step_14_kadis_signs: 14,
    step_15_kabid_orders_upload: 15,
    step_16_kasi_assigns_upload: 16,
    step_17_operator_uploads: 17,
    step_18_commitment_report: 18,
    step_19_oss_notified: 19,
    step_20_applicant_notified: 20,
}

#[test]
fn step_01_records_the_ip_and_starts_the_three_month_clock() {
    let h = check_step(1, WITH_INSPECTION);
    let ip = h.case.state().identity.oss_ip.clone().unwrap();
    assert_eq!(ip.date, date(2025, 1, 6));
    let status = h.case.status_at(sop(), h.now, &Calendar::standard());
    // Three months end on Sunday 6 April 2025; Monday 7 April is cuti bersama (Idul
    // Fitri): the period ends on the next working day, Tuesday 8 April.
    assert_eq!(status.commitment.unwrap().due_date, date(2025, 4, 8));
    assert_eq!(status.permit, PermitStatus::BelumEfektif);
}

#[test]
fn branch_yes_goes_to_field_inspection() {
    let h = check_step(9, WITH_INSPECTION);
    assert_eq!(h.case.state().position, Position::At(10));
    assert!(h.case.state().round().decision.as_ref().unwrap().0);
}

#[test]
fn branch_no_goes_straight_to_the_bap() {
    let h = check_step(9, WITHOUT_INSPECTION);
    assert_eq!(h.case.state().position, Position::At(11));
}

#[test]
fn branch_return_at_13_goes_back_to_12_with_its_reason() {
    let choices = Choices {
        return_once: true,
        ..WITH_INSPECTION
    };
    let h = check_step(13, choices);
    let state = h.case.state();
    assert_eq!(state.position, Position::At(12));
    assert_eq!(state.returns.len(), 1);
    assert_eq!(
        state.returns[0].reason,
        "Nomor surat pengantar belum sesuai buku agenda."
    );
}

#[test]
fn a_return_needs_a_reason() {
    let mut h = Harness::new();
    h.walk_to(13, WITH_INSPECTION);
    let before = h.case.clone();
    let err = h
        .act(
            &role("kabid"),
            Command::Complete {
                step: 13,
                data: StepData::CompletenessCheck {
                    complete: false,
                    reason: "  ".into(),
                },
            },
        )
        .unwrap_err();
    assert_eq!(err.field_errors()[0].field, "reason");
    assert!(h.case == before);
}

#[test]
fn full_walk_with_field_inspection_ends_effective() {
    let mut h = Harness::new();
    h.walk_to_end(WITH_INSPECTION);
    assert_eq!(h.path(), (1..=20).collect::<Vec<u8>>());
    let state = h.case.state();
    assert_eq!(state.position, Position::Finished);
    assert!(matches!(state.permit, Permit::BerlakuEfektif { .. }));
    assert_eq!(state.round().outcome, Some(Outcome::Efektif));
    let kinds: Vec<&str> = state.documents.iter().map(|d| d.kind.as_str()).collect();
    assert_eq!(
        kinds,
        [
            "izin_perluasan",
            "permohonan_verifikasi",
            "berkas_pemohon",
            "nota_dinas",
            "surat_tugas",
            "hasil_pemeriksaan",
            "bap",
            "surat_pengantar",
            "tembusan_bap",
            "berita_acara_komitmen"
        ]
    );
    assert!(state
        .document("surat_tugas")
        .unwrap()
        .number
        .as_deref()
        .unwrap()
        .contains("ST-DPPESDM"));
    let status = h.case.status_at(sop(), h.now, &Calendar::standard());
    assert_eq!(status.permit, PermitStatus::BerlakuEfektif);
    assert!(!status.overdue());
    assert!(status.inspection.unwrap().met_on.is_some());
}

#[test]
fn full_walk_without_field_inspection_skips_step_10() {
    let mut h = Harness::new();
    h.walk_to_end(WITHOUT_INSPECTION);
    let mut expected: Vec<u8> = (1..=20).collect();
    expected.retain(|&s| s != 10);
    assert_eq!(h.path(), expected);
    assert!(h.case.state().is_effective());
    // Without an inspection the deadline is met by the BAP.
    let status = h.case.status_at(sop(), h.now, &Calendar::standard());
    let inspection = status.inspection.unwrap();
    assert_eq!(
        inspection.met_on,
        Some(h.case.state().round().bap.as_ref().unwrap().date)
    );
}

#[test]
fn a_bap_item_tidak_siap_keeps_the_permit_not_effective_and_starts_a_second_round() {
    let mut h = Harness::new();
    let not_ready = Choices {
        ready: false,
        ..WITH_INSPECTION
    };
    h.walk_to(19, not_ready);
    let bap = h.case.state().round().bap.clone().unwrap();
    assert_eq!(bap.trial_production, Readiness::TidakSiap);
    h.step(not_ready).unwrap(); // 19: OSS verifies: not all commitments met
    assert_eq!(h.case.state().round().outcome, Some(Outcome::BelumEfektif));
    assert_eq!(h.case.state().permit, Permit::BelumEfektif);
    h.step(not_ready).unwrap(); // 20: the applicant is told; a new round starts at 2
    let state = h.case.state();
    assert_eq!(state.position, Position::At(2));
    assert_eq!(state.round_number(), 2);
    assert_eq!(state.rounds.len(), 2);
    assert_eq!(state.path.len(), 20, "the first round's history is kept");

    // The second round: a new request, a BAP with everything siap.
    h.now += Duration::days(7);
    h.walk_to_end(WITH_INSPECTION);
    let state = h.case.state();
    assert!(state.is_effective());
    assert_eq!(state.path.len(), 20 + 19);
    assert_eq!(state.rounds[1].outcome, Some(Outcome::Efektif));
    assert_ne!(state.rounds[0].request, state.rounds[1].request);
}

#[test]
fn a_return_at_13_then_the_walk_continues_to_the_end() {
    let mut h = Harness::new();
    h.walk_to_end(Choices {
        return_once: true,
        ..WITH_INSPECTION
    });
    let path = h.path();
    assert_eq!(&path[10..15], &[11, 12, 13, 12, 13]);
    assert!(h.case.state().is_effective());
}

#[test]
fn the_three_month_deadline_passing_makes_the_permit_batal() {
    let mut h = Harness::new();
    h.walk_to(8, WITH_INSPECTION);
    let cal = Calendar::standard();
    let status = h.case.status_at(sop(), h.now, &cal);
    assert_eq!(status.permit, PermitStatus::BelumEfektif);
    // IP of 6 January 2025: three months end on Sunday 6 April 2025, and Monday 7 April
    // is cuti bersama, so commitments are due by the end of Tuesday 8 April (WIB).
    h.now = utc(2025, 4, 6, 17); // 7 April, midnight WIB
    assert_eq!(
        h.case.status_at(sop(), h.now, &cal).permit,
        PermitStatus::BelumEfektif
    );
    h.now = utc(2025, 4, 8, 16); // 23:00 WIB, still 8 April
    assert_eq!(
        h.case.status_at(sop(), h.now, &cal).permit,
        PermitStatus::BelumEfektif
    );
    assert!(h.case.status_at(sop(), h.now, &cal).at_risk);
    h.now = utc(2025, 4, 8, 17); // midnight WIB
    let status = h.case.status_at(sop(), h.now, &cal);
    assert_eq!(status.permit, PermitStatus::Batal);
    assert!(status.commitment.unwrap().overdue);
    let before = h.case.clone();
    let err = h.step(WITH_INSPECTION).unwrap_err();
    assert_eq!(
        err,
        CommandError::PermitVoid {
            deadline: date(2025, 4, 8)
        }
    );
    assert!(err.to_string().contains("Pasal 31"));
    assert!(h.case == before);
}

#[test]
fn the_wrong_role_is_refused_at_every_step_and_nothing_changes() {
    let mut h = Harness::new();
    while let Some(no) = h.case.state().current_step() {
        let step = sop().step(no).unwrap();
        let (_, command) =
            sample::next_command(sop(), &h.case, h.today(), WITH_INSPECTION).unwrap();
        for other in roles().iter().filter(|r| !sop().may_act(r, step)) {
            let before = h.case.clone();
            let err = h.act(other, command.clone()).unwrap_err();
            let outside = sop().actor(other).unwrap().kind == ActorKind::External;
            if outside {
                // Nobody acts as the applicant, OSS or SIINAS: the Operator records them.
                assert!(
                    matches!(&err, CommandError::NotOfficeRole { .. }),
                    "step {no} as {other}: {err}"
                );
                assert!(err.to_string().contains("dicatat oleh Operator"));
            } else {
                assert!(
                    matches!(&err, CommandError::WrongRole { step: s, .. } if *s == no),
                    "step {no} as {other}: {err}"
                );
                assert!(err
                    .to_string()
                    .starts_with(&format!("Langkah {no} dikerjakan oleh")));
            }
            assert!(
                h.case == before,
                "step {no}: the refused command changed the case"
            );
            assert_eq!(h.case.state(), before.state());
        }
        h.step(WITH_INSPECTION).unwrap();
    }
}

#[test]
fn a_stale_step_a_wrong_form_and_a_missing_name_are_refused() {
    let mut h = Harness::new();
    h.walk_to(5, WITH_INSPECTION);
    let data = StepData::Signature {
        signed_on: h.today(),
    };
    let err = h
        .act(
            &role("operator"),
            Command::Complete {
                step: 4,
                data: data.clone(),
            },
        )
        .unwrap_err();
    assert!(matches!(
        err,
        CommandError::NotCurrent {
            requested: 4,
            position: Position::At(5)
        }
    ));
    let err = h
        .act(&role("operator"), Command::Complete { step: 5, data })
        .unwrap_err();
    assert_eq!(err, CommandError::WrongForm { step: 5 });
    let mut ctx = h.ctx(&role("operator"));
    ctx.author.name = " ".into();
    let (_, command) = sample::next_command(sop(), &h.case, h.today(), WITH_INSPECTION).unwrap();
    assert_eq!(
        h.case.execute(sop(), command, &ctx).unwrap_err(),
        CommandError::NoName
    );
    assert_eq!(h.case.state().position, Position::At(5));
}

#[test]
fn an_incomplete_bap_names_every_missing_field() {
    let mut h = Harness::new();
    h.walk_to(11, WITH_INSPECTION);
    let mut bap = sample::bap(h.case.state(), h.today(), true);
    bap.number.clear();
    bap.inspectors.clear();
    bap.capacity_after.clear();
    bap.other_notes.clear();
    bap.kbli = "123".into();
    let err = h
        .act(
            &role("tim_teknis"),
            Command::Complete {
                step: 11,
                data: StepData::Bap(Box::new(bap)),
            },
        )
        .unwrap_err();
    let fields: Vec<&str> = err
        .field_errors()
        .iter()
        .map(|e| e.field.as_str())
        .collect();
    assert_eq!(
        fields,
        [
            "bap.number",
            "bap.kbli",
            "bap.capacity_after",
            "bap.other_notes",
            "bap.inspectors"
        ]
    );
    assert_eq!(h.case.state().position, Position::At(11));
}

#[test]
fn dates_in_the_future_are_refused() {
    let mut h = Harness::new();
    let data = StepData::IpIssued {
        number: "IP-1".into(),
        date: h.today() + Duration::days(1),
    };
    let err = h
        .act(&role("operator"), Command::Complete { step: 1, data })
        .unwrap_err();
    assert_eq!(err.field_errors()[0].field, "date");
}

#[test]
fn only_dinas_staff_open_a_case_and_the_identity_is_validated() {
    let mut identity = sample::identity(3);
    let mut h = Harness::new();
    let mut ctx = h.ctx(&role("pemohon"));
    let err = Case::open(sop(), "k-2".into(), identity.clone(), &ctx).unwrap_err();
    assert!(matches!(err, CommandError::NotOfficeRole { .. }));
    ctx.author.role = role("operator");
    identity.nib = "12345".into();
    identity.kbli = "1043".into();
    identity.npwp = "abc".into();
    identity.commodities.clear();
    let err = Case::open(sop(), "k-2".into(), identity, &ctx).unwrap_err();
    let fields: Vec<&str> = err
        .field_errors()
        .iter()
        .map(|e| e.field.as_str())
        .collect();
    assert_eq!(fields, ["nib", "npwp", "kbli", "commodities"]);
}

#[test]
fn replaying_the_events_gives_the_live_state_and_edits_are_detected() {
    let mut h = Harness::new();
    h.walk_to_end(Choices {
        return_once: true,
        ..WITH_INSPECTION
    });
    let mut events = h.case.events().to_vec();
    events.reverse();
    let replayed = Case::from_events(sop(), events.clone()).unwrap();
    assert_eq!(replayed.state(), h.case.state());
    assert!(verify_hashes(&events).is_ok());

    // Edit the BAP in the history: its hash no longer matches.
    let mut forged = h.case.events().to_vec();
    let i = forged
        .iter()
        .position(|e| e.step() == Some((1, 11)))
        .unwrap();
    if let sopir::core::case::EventBody::StepCompleted {
        data: StepData::Bap(bap),
        ..
    } = &mut forged[i].body
    {
        bap.trial_production = Readiness::TidakSiap;
    }
    let err = Case::from_events(sop(), forged.clone()).unwrap_err();
    assert_eq!(err, ReplayError::Integrity(forged[i].id.clone()));
    assert!(err.to_string().contains("Pemeriksaan keutuhan gagal"));
}

#[test]
fn a_step_cannot_be_skipped_even_in_a_crafted_history() {
    // A correctly hashed history in which step 5 follows step 3 directly does not replay.
    let mut h = Harness::new();
    h.walk_to(6, WITH_INSPECTION);
    let events = h.case.events();
    let step3 = events.iter().find(|e| e.step() == Some((1, 3))).unwrap();
    let mut step5 = events
        .iter()
        .find(|e| e.step() == Some((1, 5)))
        .unwrap()
        .clone();
    step5.follows = vec![step3.id.clone()];
    let mut kept: Vec<_> = events
        .iter()
        .take_while(|e| e.step() != Some((1, 4)))
        .cloned()
        .collect();
    let hashes = kept.iter().map(|e| (&e.id, &e.hash)).collect();
    step5.hash = step5.compute_hash(&hashes).unwrap();
    kept.push(step5.clone());
    let err = Case::from_events(sop(), kept).unwrap_err();
    assert!(
        matches!(&err, ReplayError::DoesNotFollowSop { event, .. } if *event == step5.id),
        "{err}"
    );
    assert!(err.to_string().contains("langkah 4"), "{err}");
}
