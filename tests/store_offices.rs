//! The copies' names: each copy names itself in Pengaturan (office name and an optional
//! label of the copy); a case file carries the names of the copies whose events it holds;
//! a store learns them on import and keeps them, so conflicts and letters name offices and
//! people, not ids.

mod store_support;

use sopir::core::case::{Author, Case, Command, Ctx};
use sopir::core::casefile::{
    export, preview, read, Expect, ExportMeta, Mode, Office as FileOffice, Scope,
};
use sopir::core::offices::person;
use sopir::core::sample::{self, Choices};
use sopir::core::sop::ActorId;
use sopir::i18n::Lang;
use sopir::store::{MemoryStorage, Store};
use store_support::*;

fn named(seed: u64, office: &str, copy: &str) -> Store<MemoryStorage> {
    let mut store = open(MemoryStorage::new(), seed);
    let mut settings = store.settings().clone();
    settings.office_name = office.into();
    settings.copy_label = copy.into();
    store.save_settings(settings).unwrap();
    store
}

fn file_of(store: &mut Store<MemoryStorage>) -> String {
    let meta = ExportMeta {
        app_version: "0.1.0".into(),
        sop: sop().reference(),
        office: FileOffice {
            id: store.office().id.clone(),
            name: store.settings().office_name.clone(),
        },
        offices: store.office_directory().names(),
        exported_at: now(),
        mode: Mode::Resmi,
        scope: Scope::All,
    };
    export(&store.all_cases().unwrap(), meta).json
}

/// Imports `text` into `store` the way the import page does: read, preview, commit with
/// the file's names.
fn import(store: &mut Store<MemoryStorage>, text: &str) {
    let expect = Expect {
        sop: sop().reference(),
        mode: Mode::Resmi,
    };
    let file = read(text, &expect, sop()).unwrap();
    let stored: Vec<Case> = store.all_cases().unwrap();
    let p = preview(file, sop(), |id| {
        stored.iter().find(|c| c.id() == id).cloned()
    });
    let (exporter, offices) = (p.exporter.clone(), p.offices.clone());
    store
        .commit_import_named(sop(), p.cases_to_commit(), &exporter, &offices)
        .unwrap();
}

#[test]
fn names_travel_with_the_files_and_stay_known() {
    let mut a = named(1, "DPPESDM Kalbar", "PC Operator");
    let mut b = named(2, "UPT DPPESDM Sanggau", "");
    let mut c = named(3, "DPPESDM Singkawang", "");
    let id = new_case(&mut a, 1);
    let (a_id, b_id) = (a.office().id.clone(), b.office().id.clone());
    // Before any file, B does not know A.
    assert_eq!(
        b.office_directory().office(&a_id, Lang::Id),
        format!("salinan yang belum dikenal ({})", &a_id.as_str()[..8])
    );
    import(&mut b, &file_of(&mut a));
    assert_eq!(
        b.office_directory().office_line(&a_id, Lang::Id),
        "Kantor: DPPESDM Kalbar (PC Operator)"
    );
    assert_eq!(
        b.office_directory().office_line(&b_id, Lang::Id),
        "Kantor: salinan ini"
    );
    // Kept in storage: a reopened store still knows.
    let storage = b.into_storage();
    let mut b = open(storage, 4);
    assert_eq!(
        b.office_directory().office(&a_id, Lang::En),
        "DPPESDM Kalbar (PC Operator)"
    );
    // B records a step and passes the case on: C learns both A (whose events the file
    // holds) and B.
    let case = b.case(&id).unwrap();
    let at = case.summary().last_event_at + chrono::Duration::hours(1);
    let (author, command) = next(&case, at).unwrap();
    b.execute(sop(), &id, command, author, at).unwrap();
    import(&mut c, &file_of(&mut b));
    let names = c.office_directory();
    assert_eq!(
        names.office(&a_id, Lang::Id),
        "DPPESDM Kalbar (PC Operator)"
    );
    assert_eq!(names.office(&b_id, Lang::Id), "UPT DPPESDM Sanggau");

    // A's own next file renames it, and never renames this copy.
    let mut settings = a.settings().clone();
    settings.copy_label = "Laptop Kasi".into();
    a.save_settings(settings).unwrap();
    import(&mut a, &file_of(&mut b)); // B's file names A "PC Operator": A keeps its own name
    assert_eq!(
        a.office_directory().office_line(&a_id, Lang::Id),
        "Kantor: salinan ini"
    );
    assert_eq!(
        a.office_directory().own_name.label(),
        "DPPESDM Kalbar (Laptop Kasi)"
    );
    import(&mut b, &file_of(&mut a));
    assert_eq!(
        b.office_directory().office(&a_id, Lang::Id),
        "DPPESDM Kalbar (Laptop Kasi)"
    );
    // C heard of A through B only: B's later file does not overwrite what C knows about
    // A unless A's own file comes.
    import(&mut c, &file_of(&mut b));
    assert_eq!(
        c.office_directory().office(&a_id, Lang::Id),
        "DPPESDM Kalbar (PC Operator)"
    );
}

#[test]
fn a_file_of_an_earlier_version_names_its_exporter_and_letters_name_theirs() {
    let mut a = named(11, "DPPESDM Kalbar", "");
    let id = new_case(&mut a, 2);
    let a_id = a.office().id.clone();
    // A schema-2 file: only the exporting office's `{id, name}`.
    let text = file_of(&mut a);
    let mut value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let map = value.as_object_mut().unwrap();
    map.remove("offices");
    map.insert("schema".into(), 2.into());
    let mut file: sopir::core::casefile::CaseFile = serde_json::from_value(value).unwrap();
    file.content_hash = file.compute_hash();
    let mut b = named(12, "Kantor B", "");
    import(&mut b, &file.to_json());
    assert_eq!(
        b.office_directory().office(&a_id, Lang::Id),
        "DPPESDM Kalbar"
    );
    // A store that got a case by commit_import alone (no names) names a copy by the office
    // name its letters carry.
    let mut c = named(13, "Kantor C", "");
    let mut walked = a.case(&id).unwrap();
    let mut at = walked.summary().last_event_at;
    while walked.state().letters.is_empty() {
        at += chrono::Duration::hours(1);
        let (author, command) = next(&walked, at).unwrap();
        let command = match command {
            Command::Complete { step, data } => match sopir::core::register::letter_spec(step) {
                Some(spec) => Command::CompleteWithLetter {
                    step,
                    letter: Box::new(sopir::core::register::LetterEntry {
                        direction: spec.direction,
                        office: a_id.clone(),
                        office_name: "DPPESDM Kalbar (dari surat)".into(),
                        year: 2025,
                        seq: 1,
                        number: "001/SM/DPPESDM/2025".into(),
                        date: data.date().unwrap(),
                        from: "a".into(),
                        to: "b".into(),
                        subject: "c".into(),
                        kind: spec.kind.clone(),
                    }),
                    data,
                },
                None => Command::Complete { step, data },
            },
            other => other,
        };
        let ctx = Ctx {
            event_id: format!("e-{}", at.timestamp()).as_str().into(),
            office: a_id.clone(),
            seq: 100 + walked.events().len() as u64,
            at,
            author,
        };
        walked.execute(sop(), command, &ctx).unwrap();
    }
    c.commit_import(sop(), vec![walked]).unwrap();
    assert_eq!(
        c.office_directory().office(&a_id, Lang::Id),
        "DPPESDM Kalbar (dari surat)"
    );
}

/// The conflict panel's wording: each record with who made it and where, by name.
#[test]
fn a_conflict_names_the_people_and_offices_of_both_records() {
    let mut a = named(21, "DPPESDM Kalbar", "PC Operator");
    let mut b = named(22, "UPT DPPESDM Sanggau", "Laptop");
    let id = new_case(&mut a, 3);
    let mut case = a.case(&id).unwrap();
    let mut at = case.summary().last_event_at;
    while case.state().current_step() != Some(9) {
        at += chrono::Duration::hours(1);
        let (author, command) = next(&case, at).unwrap();
        a.execute(sop(), &id, command, author, at).unwrap();
        case = a.case(&id).unwrap();
    }
    import(&mut b, &file_of(&mut a));
    // Step 9 recorded differently in each copy, by two people of the Tim Teknis.
    at += chrono::Duration::hours(1);
    for (store, name, inspection) in [(&mut a, "Ir. Dedi", true), (&mut b, "Ir. Rina", false)] {
        let case = store.case(&id).unwrap();
        let choices = Choices {
            inspection,
            ..Choices::default()
        };
        let (role, command) =
            sample::next_command(sop(), &case, sopir::core::calendar::wib_date(at), choices)
                .unwrap();
        let author = Author {
            role: role.clone(),
            name: name.into(),
        };
        store.execute(sop(), &id, command, author, at).unwrap();
    }
    import(&mut a, &file_of(&mut b));
    let case = a.case(&id).unwrap();
    let conflict = &case.state().conflicts[0];
    assert_eq!(conflict.step, 9);
    let names = a.office_directory();
    let lines: Vec<String> = std::iter::once(&conflict.applied)
        .chain(&conflict.others)
        .map(|id| {
            let e = case.events().iter().find(|e| &e.id == id).unwrap();
            names.recorded_by(&e.author, &e.office, sop(), Lang::Id)
        })
        .collect();
    let mut lines = lines;
    lines.sort();
    assert_eq!(
        lines,
        [
            "Ir. Dedi (Tim Teknis), Kantor: salinan ini",
            "Ir. Rina (Tim Teknis), Kantor: UPT DPPESDM Sanggau (Laptop)"
        ]
    );
    assert_eq!(
        person(
            &Author {
                role: ActorId::new("kasi"),
                name: "Bu Sari".into()
            },
            sop()
        ),
        "Bu Sari (Kasi)"
    );
}
