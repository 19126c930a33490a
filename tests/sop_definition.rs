//! The SOP data file: complete, faithful to the SOP document, and checked on load.

use serde_json::{json, Value};
use sopir::core::sop::{ActorId, FormKind, Shape, Sop, SopError, SopSettings, TimeStandard};

fn embedded() -> &'static Sop {
    Sop::embedded()
}

fn edited(edit: impl FnOnce(&mut Value)) -> Result<Sop, SopError> {
    let mut value: Value = serde_json::from_str(Sop::embedded_json()).unwrap();
    edit(&mut value);
    Sop::from_json(&value.to_string())
}

fn step_mut(value: &mut Value, no: usize) -> &mut Value {
    &mut value["langkah"][no - 1]
}

/// The error names the step it is about.
fn assert_fails_at(result: Result<Sop, SopError>, step: u8, words: &str) {
    let err = result.expect_err("the broken definition must be refused");
    let text = err.to_string();
    assert!(
        matches!(err, SopError::Invalid { step: Some(s), .. } if s == step),
        "expected an error at step {step}, got: {text}"
    );
    assert!(text.contains(&format!("langkah {step}")), "{text}");
    assert!(text.contains(words), "{text} should mention {words}");
}

#[test]
fn header_actors_and_twenty_steps() {
    let sop = embedded();
    let h = sop.header();
    assert_eq!(h.number, "530/02/DPPESDM");
    assert_eq!(h.title, "Izin Perluasan");
    assert_eq!(h.effective_on, "2021-07-05");
    assert_eq!(h.approved_by.name, "Dr. SYARIF KAMARUZAMAN, M.Si.");
    assert_eq!(h.legal_basis.len(), 6);
    assert_eq!(h.qualifications.len(), 4);
    assert_eq!(
        h.related_sops,
        [
            "SOP Surat Masuk",
            "SOP Surat Keluar",
            "SOP Surat Perintah Tugas"
        ]
    );
    assert_eq!(h.warnings.len(), 1);
    assert_eq!(h.record_keeping.len(), 2);

    let actors: Vec<&str> = sop.actors().iter().map(|a| a.short.as_str()).collect();
    assert_eq!(
        actors,
        [
            "Pemohon",
            "OSS",
            "SIINAS",
            "Operator",
            "Kasi",
            "Kabid",
            "Tim Teknis",
            "Kadis"
        ]
    );
    let numbers: Vec<u8> = sop.steps().iter().map(|s| s.no).collect();
    assert_eq!(numbers, (1..=20).collect::<Vec<u8>>());
    assert_eq!(sop.step(1).unwrap().shape, Shape::Start);
    assert_eq!(sop.step(9).unwrap().shape, Shape::Decision);
    assert_eq!(sop.step(20).unwrap().shape, Shape::End);
}

#[test]
fn activities_are_the_sop_documents_own_words() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/sop/sop-izin-perluasan-kalbar-2021.txt"
    );
    // `../shared` sits beside the project on every developer machine and in CI.
    let source = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("the SOP text from ../shared is needed: {path}: {e}"));
    for step in embedded().steps() {
        let row = format!("{}.\t{}", step.no, step.activity);
        assert!(
            source.contains(&row),
            "step {} differs from the SOP: {}",
            step.no,
            step.activity
        );
        for input in &step.inputs {
            assert!(
                source.contains(input.as_str()),
                "step {} input {input:?}",
                step.no
            );
        }
        for output in &step.output {
            assert!(
                source.contains(output.as_str()),
                "step {} output {output:?}",
                step.no
            );
        }
        if let Some(note) = &step.note {
            assert!(
                source.contains(note.as_str()),
                "step {} note {note:?}",
                step.no
            );
        }
    }
}

#[test]
fn branches_follow_the_sop() {
    let sop = embedded();
    let decision = sop.step(9).unwrap();
    assert_eq!(decision.branch("ya").unwrap().to, 10);
    assert_eq!(decision.branch("tidak").unwrap().to, 11);
    let check = sop.step(13).unwrap();
    assert_eq!(check.branch("lengkap").unwrap().to, 14);
    assert_eq!(check.branch("perbaikan").unwrap().to, 12);
    let end = sop.step(20).unwrap();
    let restart = end.restart.as_ref().unwrap();
    assert_eq!((restart.when.as_str(), restart.to), ("belum_efektif", 2));
    assert_eq!(sop.step(11).unwrap().form, FormKind::Bap);
    // Every step is reachable, and the legal deadlines are the regulation's.
    assert_eq!(sop.reachable_from(1).len(), 20);
    assert_eq!(sop.deadlines().inspection_working_days, 10);
    assert_eq!(sop.deadlines().commitment_months, 3);
}

#[test]
fn external_steps_are_recorded_by_the_operator() {
    let sop = embedded();
    let step1 = sop.step(1).unwrap();
    // Nobody acts as the applicant: the Operator records the applicant's steps.
    assert!(!sop.may_act(&ActorId::new("pemohon"), step1));
    assert!(sop.may_act(&ActorId::new("operator"), step1));
    assert_eq!(
        sop.recorder_of(step1).map(|a| a.id.as_str()),
        Some("operator")
    );
    for no in [18, 19, 20] {
        let step = sop.step(no).unwrap();
        assert_eq!(sop.roles_for(step), [ActorId::new("operator")], "step {no}");
    }
    assert!(!sop.may_act(&ActorId::new("kabid"), step1));
    let step6 = sop.step(6).unwrap();
    assert!(sop.may_act(&ActorId::new("kabid"), step6));
    assert!(!sop.may_act(&ActorId::new("operator"), step6));
}

#[test]
fn the_content_hash_identifies_the_definition() {
    let sop = embedded();
    let again = Sop::from_json(Sop::embedded_json()).unwrap();
    assert_eq!(sop.reference(), again.reference());
    let changed = edited(|v| step_mut(v, 4)["kegiatan"] = json!("Menerima berkas")).unwrap();
    assert_ne!(changed.reference().hash, sop.reference().hash);
}

#[test]
fn a_missing_step_is_named() {
    let result = edited(|v| {
        v["langkah"].as_array_mut().unwrap().remove(6);
    });
    assert_fails_at(result, 8, "berurutan");
}

#[test]
fn a_transition_to_a_missing_step_is_named() {
    let result = edited(|v| step_mut(v, 9)["cabang"][0]["ke"] = json!(21));
    assert_fails_at(result, 9, "langkah 21 yang tidak ada");
}

#[test]
fn an_unreachable_step_is_named() {
    // Step 9 skips 10 in both branches: 10 can no longer be reached.
    let result = edited(|v| step_mut(v, 9)["cabang"][0]["ke"] = json!(11));
    assert_fails_at(result, 10, "tidak dapat dicapai");
}

#[test]
fn a_dead_end_is_named() {
    let result = edited(|v| {
        step_mut(v, 15).as_object_mut().unwrap().remove("lanjut");
    });
    assert_fails_at(result, 15, "tidak punya langkah lanjut");
}

#[test]
fn a_loop_without_exit_is_named() {
    // 13 -> 12 both ways: nothing after 13 can finish.
    let result = edited(|v| step_mut(v, 13)["cabang"][0]["ke"] = json!(12));
    assert!(result.is_err());
    let text = result.unwrap_err().to_string();
    assert!(
        text.contains("tidak dapat dicapai") || text.contains("selesai"),
        "{text}"
    );
}

#[test]
fn a_decision_needs_all_its_branches() {
    let result = edited(|v| {
        step_mut(v, 9)["cabang"].as_array_mut().unwrap().pop();
    });
    assert_fails_at(result, 9, "dua cabang");
    let result = edited(|v| step_mut(v, 13)["cabang"][1]["kunci"] = json!("tolak"));
    assert_fails_at(result, 13, "tidak sesuai");
}

#[test]
fn an_unknown_actor_is_named() {
    let result = edited(|v| step_mut(v, 7)["pelaksana"] = json!("sekretaris"));
    assert_fails_at(result, 7, "sekretaris");
}

#[test]
fn a_restart_only_on_an_end_step() {
    let result = edited(|v| step_mut(v, 19)["ulang"] = json!({"jika": "belum_efektif", "ke": 2}));
    assert_fails_at(result, 19, "ulang");
}

#[test]
fn malformed_data_is_refused_with_a_message() {
    let err = Sop::from_json("{\"id\": 1}").unwrap_err();
    assert!(matches!(err, SopError::Malformed(_)));
    assert!(err
        .to_string()
        .starts_with("Definisi SOP tidak dapat dibaca"));
}

#[test]
fn office_settings_change_actors_and_time_standards_only() {
    let sop = embedded();
    let mut settings = SopSettings::default();
    settings.actors.insert(5, ActorId::new("kasi"));
    settings.times.insert(5, Some(TimeStandard::WorkingDays(3)));
    settings.times.insert(4, None);
    let office = sop.with_settings(&settings).unwrap();
    assert_eq!(office.step(5).unwrap().actor, ActorId::new("kasi"));
    assert_eq!(
        office.step(5).unwrap().time,
        Some(TimeStandard::WorkingDays(3))
    );
    assert_eq!(office.step(4).unwrap().time, None);
    assert_eq!(
        office.reference(),
        sop.reference(),
        "cases still refer to the shipped SOP"
    );

    settings.actors.insert(6, ActorId::new("bupati"));
    let err = sop.with_settings(&settings).unwrap_err();
    assert!(err.to_string().contains("langkah 6"), "{err}");
}

#[test]
fn default_time_standards_from_the_brief() {
    let sop = embedded();
    assert_eq!(sop.step(4).unwrap().time, Some(TimeStandard::Minutes(15)));
    assert_eq!(
        sop.step(10).unwrap().time,
        Some(TimeStandard::WorkingDays(2))
    );
    assert_eq!(
        sop.step(17).unwrap().time,
        Some(TimeStandard::WorkingDays(2))
    );
    // External systems' steps have no time standard of the Dinas.
    for no in [1, 2, 3, 18, 19, 20] {
        assert_eq!(sop.step(no).unwrap().time, None, "step {no}");
    }
}
