//! Case files: export, file names, every way an import is refused (with its message), and
//! the preview of what an import would do.

#[path = "../examples/common/walk.rs"]
mod walk;

use sopir::core::case::{Case, CaseId, Command, EventBody, EventId, EventPlace, ReplayError};
use sopir::core::casefile::{
    self, export, preview, read, CaseFile, CaseRef, Expect, ExportMeta, ImportError, Mode, Office,
    RowKind, Scope, MAX_CASES, MAX_DEPTH, MAX_EVENTS_PER_CASE, MAX_FILE_BYTES, MAX_ITEMS,
    MAX_STRING_BYTES,
};
use sopir::core::offices::OfficeName;
use sopir::core::sample::Choices;
use sopir::core::sop::{Sop, SopRef};
use sopir::i18n::Lang;
use walk::{utc, Office as Desk};

fn sop() -> &'static Sop {
    Sop::embedded()
}

fn meta(mode: Mode, scope: Scope) -> ExportMeta {
    ExportMeta {
        app_version: "0.1.0".into(),
        sop: sop().reference(),
        office: Office {
            id: "kantor-pontianak".into(),
            name: "DPPESDM Kalbar, Pontianak".into(),
        },
        offices: Default::default(),
        // 01:30 WIB on 7 January: the file name carries the WIB date, not the UTC one.
        exported_at: utc(2025, 1, 6, 18, 30),
        mode,
        scope,
    }
}

fn expect(mode: Mode) -> Expect {
    Expect {
        sop: sop().reference(),
        mode,
    }
}

/// A finished case, one in progress, and one returned at step 13.
fn cases() -> Vec<Case> {
    let sop = sop();
    let mut desk = Desk::new("kantor-a", utc(2025, 1, 6, 1, 0));
    let mut done = desk.open(sop, "done", 0);
    desk.walk_to_end(sop, &mut done, Choices::default(), 90);
    let mut half = desk.open(sop, "half", 1);
    desk.walk_to(sop, &mut half, 9, Choices::default(), 45);
    let mut returned = desk.open(sop, "returned", 2);
    let choices = Choices {
        return_once: true,
        ..Choices::default()
    };
    desk.walk_to(sop, &mut returned, 14, choices, 60);
    assert_eq!(returned.state().returns.len(), 1);
    vec![done, half, returned]
}

fn file_of(cases: &[Case]) -> CaseFile {
    CaseFile::new(cases, meta(Mode::Resmi, Scope::Selection))
}

/// The file after `edit`, re-sealed with a valid content hash (a careful forger).
fn resealed(cases: &[Case], edit: impl FnOnce(&mut CaseFile)) -> String {
    let mut file = file_of(cases);
    edit(&mut file);
    file.content_hash = file.compute_hash();
    file.to_json()
}

fn read_resmi(text: &str) -> Result<CaseFile, ImportError> {
    read(text, &expect(Mode::Resmi), sop())
}

#[test]
fn export_then_read_gives_the_same_cases() {
    let cases = cases();
    let out = export(&cases, meta(Mode::Resmi, Scope::Selection));
    let file = read_resmi(&out.json).expect("an exported file imports");
    assert_eq!(file, file_of(&cases));
    assert_eq!(file.cases.len(), 3);
    for (fc, case) in file.cases.iter().zip(&cases) {
        assert_eq!(&fc.id, case.id());
        assert_eq!(fc.events, case.events(), "events in history order");
    }
    let preview = preview(file.clone(), sop(), |_| None);
    assert!(preview.rows.iter().all(|r| r.kind == RowKind::New));
    assert_eq!(preview.rows[0].company, "PT Sawit Kapuas Lestari");
    assert_eq!(preview.rows[0].nib, cases[0].state().identity.nib);
    let committed = preview.cases_to_commit();
    assert_eq!(committed, cases);
    for (a, b) in committed.iter().zip(&cases) {
        assert_eq!(
            serde_json::to_string(a.state()).unwrap(),
            serde_json::to_string(b.state()).unwrap()
        );
    }
}

#[test]
fn whitespace_and_a_byte_order_mark_do_not_matter() {
    let cases = cases();
    let file = file_of(&cases);
    let compact = serde_json::to_string(&file).unwrap();
    assert_eq!(read_resmi(&compact).unwrap(), file);
    let bom = format!("\u{feff}{}", file.to_json());
    assert_eq!(read_resmi(&bom).unwrap(), file);
}

#[test]
fn file_names_say_what_is_inside() {
    let cases = cases();
    let name = |n: usize, mode, scope| export(&cases[..n], meta(mode, scope)).file_name;
    let nib = &cases[0].state().identity.nib;
    assert_eq!(
        name(1, Mode::Resmi, Scope::Selection),
        format!("sopir-{nib}-2025-01-07.json")
    );
    assert_eq!(
        name(3, Mode::Resmi, Scope::Selection),
        "sopir-3-kasus-2025-01-07.json"
    );
    assert_eq!(
        name(3, Mode::Resmi, Scope::All),
        "sopir-semua-3-kasus-2025-01-07.json"
    );
    assert_eq!(
        name(1, Mode::Latihan, Scope::Selection),
        format!("latihan-sopir-{nib}-2025-01-07.json")
    );
    assert_eq!(
        name(2, Mode::Latihan, Scope::All),
        "latihan-sopir-semua-2-kasus-2025-01-07.json"
    );
    assert_eq!(
        name(0, Mode::Resmi, Scope::Selection),
        "sopir-0-kasus-2025-01-07.json"
    );
}

/// Every message exists in both languages and they differ.
fn check_messages(e: &ImportError) {
    let id = e.message(Lang::Id);
    let en = e.message(Lang::En);
    assert!(!id.is_empty() && !en.is_empty());
    assert_ne!(id, en, "{e:?} has an English message");
    assert_eq!(e.to_string(), id);
}

fn refused(text: &str) -> ImportError {
    let e = read_resmi(text).expect_err("the file is refused");
    check_messages(&e);
    e
}

#[test]
fn not_json() {
    let json = file_of(&cases()).to_json();
    let mut half = json.len() / 2;
    while !json.is_char_boundary(half) {
        half -= 1;
    }
    for text in ["hello", "{\"format\":", &json[..half], "{} {}"] {
        let e = refused(text);
        assert!(matches!(e, ImportError::NotJson { .. }), "{text:?}: {e:?}");
        assert!(e
            .message(Lang::Id)
            .starts_with("Berkas ini bukan JSON yang sah"));
    }
    assert_eq!(
        refused("[1,\n 2,\n x]"),
        ImportError::NotJson { line: 3, column: 2 }
    );
}

#[test]
fn an_empty_file_is_named_empty() {
    for text in ["", "\u{feff}", " \n\t\r\n"] {
        assert_eq!(refused(text), ImportError::Empty, "{text:?}");
    }
    assert!(ImportError::Empty
        .message(Lang::Id)
        .starts_with("Berkas kosong"));
    assert!(ImportError::Empty
        .message(Lang::En)
        .starts_with("The file is empty"));
}

#[test]
fn json_error_columns_count_from_one() {
    // serde_json says "column 0" for an error right after a line break.
    assert_eq!(
        refused("{\"format\": \"sopir-berkas-kasus\",\n"),
        ImportError::NotJson { line: 2, column: 1 }
    );
    assert_eq!(
        refused("[1,\n").message(Lang::Id),
        "Berkas ini bukan JSON yang sah (baris 2, kolom 1)."
    );
    // A file cut off right after a line break, and one with a field missing: the content
    // error names its line and column in the message's language.
    let json = file_of(&cases()).to_json();
    let cut = &json[..json.find('\n').unwrap() + 1];
    assert_eq!(refused(cut), ImportError::NotJson { line: 2, column: 1 });
    let e = refused(&json.replacen("\"office\"", "\"kantor\"", 1));
    let ImportError::Malformed { detail, at } = &e else {
        panic!("{e:?}")
    };
    assert!(
        detail.contains("office") && !detail.contains(" at line "),
        "{detail}"
    );
    let (line, column) = at.expect("serde_json names the position");
    assert!(line >= 1 && column >= 1);
    assert!(
        e.message(Lang::Id)
            .ends_with(&format!("; baris {line}, kolom {column})."))
            && !e.message(Lang::Id).contains("column"),
        "{}",
        e.message(Lang::Id)
    );
    assert!(e
        .message(Lang::En)
        .ends_with(&format!("; line {line}, column {column}).")));
}

#[test]
fn not_a_sopir_file() {
    for text in [
        "{}",
        "[]",
        "42",
        r#"{"format":"sopir-lain","schema":1}"#,
        r#"{"format":1}"#,
        r#"[{"format":"sopir-berkas-kasus"}]"#,
    ] {
        assert_eq!(refused(text), ImportError::NotSopirFile, "{text}");
    }
    assert_eq!(
        ImportError::NotSopirFile.message(Lang::Id),
        "Berkas ini bukan berkas kasus Sopir."
    );
}

fn schema_is(n: impl std::fmt::Display) -> String {
    format!("\"schema\": {n}")
}

#[test]
fn newer_schema() {
    let newer = casefile::FILE_SCHEMA + 1;
    let json = file_of(&cases()).to_json().replacen(
        &schema_is(casefile::FILE_SCHEMA),
        &schema_is(newer),
        1,
    );
    let e = refused(&json);
    assert_eq!(
        e,
        ImportError::NewerSchema {
            found: newer.into()
        }
    );
    assert!(e
        .message(Lang::Id)
        .starts_with("Berkas ini dibuat oleh versi Sopir yang lebih baru"));
    // Checked before the content is parsed: a newer layout may not fit this one at all.
    let bare = r#"{"format":"sopir-berkas-kasus","schema":7,"kasus":"lain"}"#;
    assert_eq!(refused(bare), ImportError::NewerSchema { found: 7 });
}

#[test]
fn malformed() {
    let json = file_of(&cases()).to_json();
    let schema = schema_is(casefile::FILE_SCHEMA);
    for text in [
        json.replacen(&schema, &schema_is("\"2\""), 1),
        json.replacen(&schema, &schema_is(0), 1),
        json.replacen(&format!("{schema},"), "", 1),
        json.replacen("\"mode\": \"resmi\"", "\"mode\": \"uji\"", 1),
        json.replacen("\"office\"", "\"kantor\"", 1),
    ] {
        let e = refused(&text);
        assert!(matches!(e, ImportError::Malformed { .. }), "{e:?}");
    }
}

#[test]
fn limits_are_checked_before_reading_the_content() {
    let head = r#"{"format":"sopir-berkas-kasus","schema":1"#;
    let list = |n: usize, item: &str| format!("[{}]", vec![item; n].join(","));

    let huge = format!("{head}{}}}", " ".repeat(MAX_FILE_BYTES));
    assert_eq!(
        refused(&huge),
        ImportError::TooLarge {
            bytes: huge.len(),
            max: MAX_FILE_BYTES
        }
    );
    let deep = format!(
        "{head},\"x\":{}{}}}",
        "[".repeat(MAX_DEPTH),
        "]".repeat(MAX_DEPTH)
    );
    assert_eq!(refused(&deep), ImportError::TooDeep { max: MAX_DEPTH });
    let cases = format!("{head},\"cases\":{}}}", list(MAX_CASES + 1, "{}"));
    assert_eq!(
        refused(&cases),
        ImportError::TooManyCases { max: MAX_CASES }
    );
    let events = format!(
        "{head},\"cases\":[{{\"id\":\"a\"}},{{\"events\":{}}}]}}",
        list(MAX_EVENTS_PER_CASE + 1, "{}")
    );
    assert_eq!(
        refused(&events),
        ImportError::TooManyEvents {
            case: 2,
            max: MAX_EVENTS_PER_CASE
        }
    );
    let items = format!("{head},\"x\":{}}}", list(MAX_ITEMS + 1, "0"));
    assert_eq!(
        refused(&items),
        ImportError::TooManyItems { max: MAX_ITEMS }
    );
    let long = format!(
        "{head},\"x\":\"{}\"}}",
        "é".repeat(MAX_STRING_BYTES / 2 + 1)
    );
    assert_eq!(
        refused(&long),
        ImportError::StringTooLong {
            max: MAX_STRING_BYTES
        }
    );
    // Limits hold whatever the header says.
    let anything = format!("[\"{}\"]", "a".repeat(MAX_STRING_BYTES + 1));
    assert!(matches!(
        refused(&anything),
        ImportError::StringTooLong { .. }
    ));
}

#[test]
fn an_edited_envelope_fails_the_content_hash() {
    let cases = cases();
    let json = file_of(&cases).to_json();
    let edited = json.replacen("DPPESDM Kalbar, Pontianak", "Kantor Lain", 1);
    let e = refused(&edited);
    assert_eq!(e, ImportError::ContentHash);
    assert!(e
        .message(Lang::Id)
        .starts_with("Pemeriksaan keutuhan gagal"));
    // Training data relabelled as real data is caught the same way.
    let training = export(&cases, meta(Mode::Latihan, Scope::All)).json;
    let relabelled = training.replacen("\"mode\": \"latihan\"", "\"mode\": \"resmi\"", 1);
    assert_eq!(refused(&relabelled), ImportError::ContentHash);
}

#[test]
fn an_edited_event_fails_the_integrity_check_naming_case_and_event() {
    let cases = cases();
    // Change what step 9 decided in the first case, and re-seal the file itself.
    let text = resealed(&cases, |file| {
        let event = file.cases[0]
            .events
            .iter_mut()
            .find(|e| e.step().is_some_and(|(_, s)| s == 9))
            .unwrap();
        if let EventBody::StepCompleted { data, .. } = &mut event.body {
            *data = sopir::core::case::step_data::StepData::InspectionDecision {
                needed: false,
                reason: "Tidak perlu.".into(),
            };
        }
    });
    let e = refused(&text);
    let step9 = cases[0]
        .events()
        .iter()
        .find(|e| e.step().is_some_and(|(_, s)| s == 9))
        .unwrap();
    let nib = cases[0].state().identity.nib.clone();
    assert_eq!(
        e,
        ImportError::Integrity {
            case: CaseRef {
                id: cases[0].id().clone(),
                company: "PT Sawit Kapuas Lestari".into(),
                nib: nib.clone(),
            },
            event: step9.id.clone(),
            place: EventPlace::Step { round: 1, step: 9 },
        }
    );
    // The message names the company and the step, not ids.
    let msg = e.message(Lang::Id);
    assert_eq!(
        msg,
        format!("Kasus PT Sawit Kapuas Lestari (NIB {nib}), langkah 9: pemeriksaan keutuhan gagal (catatannya telah diubah setelah dicatat).")
    );
    assert!(!msg.contains(cases[0].id().as_str()) && !msg.contains(step9.id.as_str()));
    assert_eq!(
        e.message(Lang::En),
        format!("Case PT Sawit Kapuas Lestari (NIB {nib}), step 9: integrity check failed (the record was changed after it was recorded).")
    );
    assert!(
        !msg.contains("tanda tangan"),
        "tamper evidence, not a signature"
    );

    // Changing who acted (only the author name) is detected too.
    let text = resealed(&cases, |file| {
        file.cases[1].events[3].author.name = "Orang Lain".into();
    });
    assert!(matches!(
        refused(&text),
        ImportError::Integrity { event, .. } if event == cases[1].events()[3].id
    ));
}

/// Schema 2's content hash covers the events through their hashes: an event edited by
/// hand (hash left as it was) is named by the integrity check; a changed hash, a dropped
/// or reordered event fails the content hash. Schema 1 hashed the events themselves.
#[test]
fn the_content_hash_covers_every_event_through_its_hash() {
    let cases = cases();
    let step3 = &cases[0].events()[3];
    let mut file = file_of(&cases);
    file.cases[0].events[3].author.name = "Orang Lain".into();
    assert!(matches!(
        refused(&file.to_json()),
        ImportError::Integrity { event, .. } if event == step3.id
    ));

    let mut file = file_of(&cases);
    file.cases[0].events[3].hash = file.cases[0].events[4].hash.clone();
    assert_eq!(refused(&file.to_json()), ImportError::ContentHash);
    let mut file = file_of(&cases);
    file.cases[0].events.swap(3, 4);
    assert_eq!(refused(&file.to_json()), ImportError::ContentHash);
    let mut file = file_of(&cases);
    file.cases[1].events.pop();
    assert_eq!(refused(&file.to_json()), ImportError::ContentHash);

    let mut v1 = file_of(&cases);
    v1.schema = 1;
    v1.content_hash = v1.compute_hash();
    assert_ne!(v1.content_hash, file_of(&cases).content_hash);
    assert_eq!(read_resmi(&v1.to_json()).unwrap().cases, v1.cases);
    v1.cases[0].events[3].author.name = "Orang Lain".into();
    assert_eq!(refused(&v1.to_json()), ImportError::ContentHash);
}

#[test]
fn another_sop_is_named() {
    let cases = cases();
    let json = file_of(&cases).to_json();
    let other = SopRef {
        version: "2099".into(),
        ..sop().reference()
    };
    let e = read(
        &json,
        &Expect {
            sop: other.clone(),
            mode: Mode::Resmi,
        },
        sop(),
    )
    .unwrap_err();
    check_messages(&e);
    assert_eq!(
        e,
        ImportError::DifferentSop {
            file: Box::new(sop().reference()),
            app: Box::new(other.clone()),
        }
    );
    let msg = e.message(Lang::Id);
    assert!(msg.contains(&format!("versi {}", sop().reference().version)));
    assert!(msg.contains("versi 2099"));

    // A file that declares another SOP than its cases were opened under.
    let mut m = meta(Mode::Resmi, Scope::Selection);
    m.sop = other.clone();
    let json = CaseFile::new(&cases, m).to_json();
    let e = read(
        &json,
        &Expect {
            sop: other,
            mode: Mode::Resmi,
        },
        sop(),
    )
    .unwrap_err();
    check_messages(&e);
    assert!(matches!(e, ImportError::CaseSop { .. }), "{e:?}");
}

#[test]
fn training_and_real_data_do_not_mix() {
    let cases = cases();
    let training = export(&cases, meta(Mode::Latihan, Scope::All)).json;
    let real = export(&cases, meta(Mode::Resmi, Scope::All)).json;
    assert_eq!(refused(&training), ImportError::TrainingIntoReal);
    let e = read(&real, &expect(Mode::Latihan), sop()).unwrap_err();
    check_messages(&e);
    assert_eq!(e, ImportError::RealIntoTraining);
    assert!(read(&training, &expect(Mode::Latihan), sop()).is_ok());
}

#[test]
fn duplicate_ids() {
    let cases = cases();
    let twice = vec![cases[0].clone(), cases[1].clone(), cases[0].clone()];
    let e = refused(&file_of(&twice).to_json());
    assert!(matches!(&e, ImportError::DuplicateCase { case } if case.id == *cases[0].id()));
    let text = resealed(&cases, |file| {
        let copy = file.cases[1].events[2].clone();
        file.cases[1].events.push(copy);
    });
    assert!(matches!(
        refused(&text),
        ImportError::DuplicateEvent { event, .. } if event == cases[1].events()[2].id
    ));
    // The same event id in two cases.
    let text = resealed(&cases, |file| {
        file.cases[2].events[4].id = file.cases[0].events[4].id.clone();
    });
    assert!(matches!(refused(&text), ImportError::DuplicateEvent { .. }));
}

#[test]
fn histories_that_do_not_replay_are_named() {
    let cases = cases();
    // A missing event: the next one follows an event the file does not have.
    let text = resealed(&cases, |file| {
        file.cases[0].events.remove(5);
    });
    let e = refused(&text);
    let ImportError::Replay { case, error, place } = &e else {
        panic!("{e:?}")
    };
    assert_eq!(case.id, *cases[0].id());
    assert!(matches!(**error, ReplayError::UnknownParent { .. }));
    let msg = e.message(Lang::Id);
    // The event that follows the missing one, named by its step.
    let follower = error.event().unwrap();
    assert_eq!(*place, EventPlace::find(cases[0].events(), follower));
    assert!(matches!(place, EventPlace::Step { .. }), "{place:?}");
    assert_eq!(
        msg,
        format!(
            "Riwayat kasus PT Sawit Kapuas Lestari (NIB {}) tidak sesuai SOP: Catatan {} mengikuti catatan yang tidak ada.",
            cases[0].state().identity.nib,
            place.describe(Lang::Id)
        )
    );
    assert!(!msg.contains(follower.as_str()), "{msg}");

    // An event filed under another case.
    let text = resealed(&cases, |file| {
        file.cases[1].events[3].case_id = cases[0].id().clone();
    });
    assert!(matches!(
        refused(&text),
        ImportError::Replay { error, .. } if matches!(*error, ReplayError::OtherCase(_))
    ));
    // A case with no events at all.
    let text = resealed(&cases, |file| file.cases[1].events.clear());
    assert!(matches!(
        refused(&text),
        ImportError::Replay { error, .. } if *error == ReplayError::Empty
    ));
}

/// Two offices each record step 9 of the same case differently.
fn two_offices() -> (Case, Case) {
    let sop = sop();
    let mut a = Desk::new("kantor-a", utc(2025, 2, 3, 1, 0));
    let mut case = a.open(sop, "shared", 3);
    a.walk_to(sop, &mut case, 9, Choices::default(), 60);
    let mut b = Desk::new("kantor-b", a.now);
    let mut theirs = case.clone();
    a.step(sop, &mut case, Choices::default(), 30).unwrap();
    let no = Choices {
        inspection: false,
        ..Choices::default()
    };
    b.step(sop, &mut theirs, no, 40).unwrap();
    b.step(sop, &mut theirs, no, 40).unwrap();
    (case, theirs)
}

#[test]
fn preview_rows() {
    let (mine, theirs) = two_offices();
    let mut prefix = mine.clone();
    let n = prefix.events().len() - 1;
    prefix = Case::from_events(sop(), prefix.events()[..n].to_vec()).unwrap();
    let store = |case: &Case| {
        let case = case.clone();
        move |id: &CaseId| (id == case.id()).then(|| case.clone())
    };
    let file = file_of(std::slice::from_ref(&mine));

    let same = preview(file.clone(), sop(), store(&mine));
    assert_eq!(same.rows[0].kind, RowKind::Identical);
    assert!(same.rows[0].case_after().is_none());
    assert!(same.clone().cases_to_commit().is_empty());

    let older = preview(file_of(std::slice::from_ref(&prefix)), sop(), store(&mine));
    assert_eq!(older.rows[0].kind, RowKind::Older { only_here: 1 });

    let newer = preview(file.clone(), sop(), store(&prefix));
    assert_eq!(newer.rows[0].kind, RowKind::Merge { new_events: 1 });
    assert_eq!(newer.cases_to_commit(), vec![mine.clone()]);

    let theirs_file = file_of(std::slice::from_ref(&theirs));
    let conflict = preview(theirs_file.clone(), sop(), store(&mine));
    assert_eq!(
        conflict.rows[0].kind,
        RowKind::Conflict {
            new_events: 2,
            conflicts: 1
        }
    );
    let merged = conflict.rows[0].case_after().unwrap().clone();
    assert_eq!(merged, mine.merge(sop(), theirs.events()).unwrap());
    assert_eq!(merged.state().conflicts[0].step, 9);
    assert_eq!(merged.events().len(), mine.events().len() + 2);

    // A different case under the same id cannot be merged: the import is blocked.
    let stranger = {
        let mut desk = Desk::new("kantor-c", utc(2025, 3, 3, 1, 0));
        let other = desk.open(sop(), "shared", 5);
        assert_eq!(other.id(), mine.id());
        other
    };
    let both = file_of(&[cases()[0].clone(), stranger]);
    let blocked = preview(both.clone(), sop(), store(&mine));
    assert_eq!(blocked.rows[0].kind, RowKind::New);
    let RowKind::Refused(e) = &blocked.rows[1].kind else {
        panic!("{:?}", blocked.rows[1].kind)
    };
    check_messages(e);
    assert!(matches!(e, ImportError::Merge { .. }));
    assert!(e.message(Lang::Id).contains("tidak dapat digabung"));
    assert!(blocked.is_blocked());
    assert!(blocked.cases_to_commit().is_empty(), "all or nothing");
}

#[test]
fn a_resolved_conflict_travels_in_a_file() {
    let (mut mine, theirs) = two_offices();
    mine = mine.merge(sop(), theirs.events()).unwrap();
    let conflict = mine.state().conflicts[0].clone();
    let mut desk = Desk::new("kantor-a", utc(2025, 2, 4, 3, 0));
    desk.seq = 100;
    desk.act(
        sop(),
        &mut mine,
        "tim_teknis",
        Command::ResolveConflict {
            round: conflict.round,
            step: conflict.step,
            keep: conflict.others[0].clone(),
            reason: "Hasil rapat tim: pemeriksaan lapangan tidak diperlukan.".into(),
        },
    )
    .unwrap();
    assert!(mine.state().conflicts.is_empty());
    let json = export(
        std::slice::from_ref(&mine),
        meta(Mode::Resmi, Scope::Selection),
    )
    .json;
    let file = read_resmi(&json).unwrap();
    let store = |id: &CaseId| (id == theirs.id()).then(|| theirs.clone());
    let p = preview(file.clone(), sop(), store);
    assert!(matches!(p.rows[0].kind, RowKind::Merge { .. }));
    let merged = p.cases_to_commit().pop().unwrap();
    assert_eq!(merged, mine);
    assert_eq!(
        serde_json::to_string(merged.state()).unwrap(),
        serde_json::to_string(mine.state()).unwrap()
    );
}

/// Schema 3 names the copies whose events a file holds, under the content hash; files of
/// schema 2 keep their hashes and name only the exporting office.
#[test]
fn the_file_names_its_copies_under_its_content_hash() {
    let cases = cases();
    let mut m = meta(Mode::Resmi, Scope::All);
    m.offices = [
        ("kantor-a", "DPPESDM Kalbar", "PC Operator"),
        ("kantor-pontianak", "DPPESDM Kalbar, Pontianak", ""),
        ("kantor-tak-terlibat", "Kantor Lain", ""),
    ]
    .into_iter()
    .map(|(id, name, copy)| (id.into(), OfficeName::new(name, copy)))
    .collect();
    let file = CaseFile::new(&cases, m);
    // The copies that recorded events, and the exporter; not every copy the store knows.
    let named: Vec<(&str, &str, &str)> = file
        .offices
        .iter()
        .map(|o| (o.id.as_str(), o.name.as_str(), o.copy.as_str()))
        .collect();
    assert_eq!(
        named,
        [
            ("kantor-a", "DPPESDM Kalbar", "PC Operator"),
            ("kantor-pontianak", "DPPESDM Kalbar, Pontianak", "")
        ]
    );
    let back = read_resmi(&file.to_json()).unwrap();
    assert_eq!(back.offices, file.offices);
    assert_eq!(back.schema, 3);
    let p = preview(back, sop(), |_| None);
    assert_eq!(p.exporter.as_str(), "kantor-pontianak");
    assert_eq!(p.offices, file.offices);

    // A name changed by hand fails the content hash.
    let mut edited = file.clone();
    edited.offices[0].copy = "PC Palsu".into();
    assert_eq!(refused(&edited.to_json()), ImportError::ContentHash);
    // Names put into a schema-2 file afterwards are not covered by its hash either.
    let mut v2 = file_of(&cases);
    v2.schema = 2;
    v2.offices.clear();
    v2.content_hash = v2.compute_hash();
    assert_eq!(read_resmi(&v2.to_json()).unwrap().named_offices().len(), 1);
    v2.offices = file.offices.clone();
    assert_eq!(refused(&v2.to_json()), ImportError::ContentHash);
}

#[test]
fn the_format_constants() {
    assert_eq!(casefile::FORMAT, "sopir-berkas-kasus");
    assert_eq!(casefile::FILE_SCHEMA, 3);
    let file = file_of(&cases());
    assert_eq!(file.content_hash, file.compute_hash());
    let value: serde_json::Value = serde_json::from_str(&file.to_json()).unwrap();
    let keys: Vec<&str> = value
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    assert_eq!(
        keys.len(),
        10,
        "format, schema, app_version, sop, office, offices, exported_at, mode, cases, content_hash"
    );
    let _: EventId = file.cases[0].events[0].id.clone();
}
