//! The store's everyday behaviour: first opening, cases through all 20 steps, per-office
//! sequence numbers, settings, export marks, the storage meter, namespaces.

mod store_support;

use chrono::Duration;
use sopir::core::case::{CaseId, OfficeId};
use sopir::core::ids::SeededIds;
use sopir::core::sample;
use sopir::i18n::Lang;
use sopir::store::{
    record, MemoryStorage, Namespace, Settings, Storage, StorageError, Store, StoreError, Usage,
    CURRENT_SCHEMA,
};
use store_support::*;

#[test]
fn first_opening_makes_the_office_and_writes_the_schema() {
    let storage = shared(MemoryStorage::new());
    let store = open(storage.clone(), 1);
    assert!(store.report().is_empty(), "{:?}", store.report());
    assert!(store.read_only().is_none());
    assert!(store.summaries().is_empty());
    let office = store.office().clone();
    assert_eq!(office.id.as_str().len(), 36);
    assert_eq!(office.name, Settings::default().office_name);
    let raw = storage.borrow();
    assert_eq!(
        raw.get("sopir/skema").unwrap(),
        Some(CURRENT_SCHEMA.to_string())
    );
    assert!(raw
        .get("sopir/kantor")
        .unwrap()
        .unwrap()
        .contains(office.id.as_str()));
    drop(raw);
    // The office id is made once.
    let again = open(storage.borrow().clone(), 2);
    assert_eq!(again.office(), &office);
}

#[test]
fn a_case_walks_all_twenty_steps_through_the_store_and_survives_reopening() {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let mut at = now();
    let id = store
        .create_case(sop(), sample::identity(4), operator(), at)
        .unwrap();
    loop {
        let case = store.case(&id).unwrap();
        assert_eq!(store.summary(&id), Some(&case.summary()));
        let Some((author, command)) = next(&case, at) else {
            break;
        };
        at += Duration::minutes(90);
        store.execute(sop(), &id, command, author, at).unwrap();
    }
    let case = store.case(&id).unwrap();
    assert_eq!(case.events().len(), 21);
    assert!(case.state().is_effective());
    // Sequence numbers: 1 + the events this office had already recorded in the case.
    let seqs: Vec<u64> = case.events().iter().map(|e| e.seq).collect();
    assert_eq!(seqs, (1..=21).collect::<Vec<u64>>());
    assert!(case.events().iter().all(|e| e.office == store.office().id));
    let before = content(&mut store);
    assert_eq!(reopened(&storage.borrow()), before);
    // A complete case is a small record.
    let value = storage
        .borrow()
        .get(&Namespace::Real.case_key(&id))
        .unwrap()
        .unwrap();
    assert!(record::is_record(&value));
    assert!(
        value.chars().count() < 1100,
        "{} units",
        value.chars().count()
    );
}

#[test]
fn sequence_numbers_count_only_this_offices_events() {
    let mut store = open(MemoryStorage::new(), 1);
    let other = OfficeId::from("kantor-lain");
    let imported = walked(1, 7, &other, Some(5));
    let id = imported.id().clone();
    store.commit_import(sop(), vec![imported.clone()]).unwrap();
    let (author, command) = next(&imported, now()).unwrap();
    store.execute(sop(), &id, command, author, now()).unwrap();
    let case = store.case(&id).unwrap();
    let mine: Vec<u64> = case
        .events()
        .iter()
        .filter(|e| e.office == store.office().id)
        .map(|e| e.seq)
        .collect();
    assert_eq!(mine, vec![1]);
    let (author, command) = next(&case, now()).unwrap();
    store.execute(sop(), &id, command, author, now()).unwrap();
    let last = store.case(&id).unwrap().events().last().unwrap().seq;
    assert_eq!(last, 2);
}

#[test]
fn a_refused_command_changes_nothing_stored() {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let id = new_case(&mut store, 0);
    let before = entries(&storage.borrow());
    let case = store.case(&id).unwrap();
    let (_, command) = next(&case, now()).unwrap();
    // Step 1 is the Pemohon's (recorded for OSS); the Kadis may not do it.
    let wrong = author(&sopir::core::sop::ActorId::new("kadis"));
    let err = store
        .execute(sop(), &id, command, wrong, now())
        .unwrap_err();
    assert!(matches!(err, StoreError::Command(_)), "{err:?}");
    assert_eq!(entries(&storage.borrow()), before);
    assert_eq!(
        store.execute(
            sop(),
            &CaseId::from("tidak-ada"),
            next(&case, now()).unwrap().1,
            operator(),
            now()
        ),
        Err(StoreError::NotFound(CaseId::from("tidak-ada")))
    );
}

#[test]
fn settings_round_trip_and_missing_fields_take_defaults() {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    assert_eq!(store.settings(), &Settings::default());
    assert_eq!(
        store.settings().letterhead[0],
        "PEMERINTAH PROVINSI KALIMANTAN BARAT"
    );
    let mut settings = Settings {
        office_name: "DPPESDM Kalbar (uji)".into(),
        lang: Lang::En,
        acting: Some((sopir::core::sop::ActorId::new("kasi"), "Yusuf".into())),
        ..Settings::default()
    };
    settings.calendar.count_cuti_bersama = false;
    store.save_settings(settings.clone()).unwrap();
    assert_eq!(store.office().name, "DPPESDM Kalbar (uji)");
    let again = open(storage.borrow().clone(), 2);
    assert_eq!(again.settings(), &settings);
    assert_eq!(again.office().name, "DPPESDM Kalbar (uji)");
    assert_eq!(again.office().id, store.office().id);

    // Settings written by an earlier version, with fewer fields.
    let mut raw = MemoryStorage::new();
    raw.put_raw("sopir/pengaturan", r#"{"office_name":"Kantor Lama"}"#);
    let old = open(raw, 3);
    assert!(old.report().is_empty(), "{:?}", old.report());
    assert_eq!(old.settings().office_name, "Kantor Lama");
    assert_eq!(old.settings().letterhead, Settings::default().letterhead);
}

#[test]
fn export_marks_count_what_was_not_exported() {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let a = new_case(&mut store, 1);
    let b = new_case(&mut store, 2);
    assert_eq!(store.unexported_changes(), 2);
    store.mark_exported(&[a.clone(), b.clone()]).unwrap();
    assert_eq!(store.unexported_changes(), 0);
    let case = store.case(&a).unwrap();
    let (author, command) = next(&case, now()).unwrap();
    store.execute(sop(), &a, command, author, now()).unwrap();
    assert_eq!(store.unexported_changes(), 1);
    let again = open(storage.borrow().clone(), 2);
    assert_eq!(again.unexported_changes(), 1);
    assert_eq!(again.export_marks().get(&b), Some(&1));
    // Deleting a case takes its mark along.
    store.delete_cases(std::slice::from_ref(&b)).unwrap();
    assert!(store.summary(&b).is_none());
    assert!(!store.export_marks().contains_key(&b));
    let again = open(storage.borrow().clone(), 2);
    assert_eq!(again.summaries().len(), 1);
    assert_eq!(again.export_marks().len(), 1);
}

/// Opening reads two parts of each record (its head and the start of its stream); a
/// summary longer than those parts hold is read from the whole record. Either way the
/// meter counts the whole values.
#[test]
fn opening_reads_each_summary_from_part_of_its_record_or_from_all_of_it() {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let short = new_case(&mut store, 1);
    let mut identity = sample::identity(2);
    // Letters deflate does not find in its dictionary: the summary outgrows the parts.
    identity.company = (0..200u32)
        .map(|i| char::from_u32(0x4E00 + i * 7919 % 20_000).unwrap())
        .collect();
    let long = store
        .create_case(sop(), identity, operator(), now())
        .unwrap();
    let parts_suffice = |id: &CaseId| {
        let value = storage
            .borrow()
            .get(&Namespace::Real.case_key(id))
            .unwrap()
            .unwrap();
        let head: String = value.chars().take(record::HEAD_UNITS).collect();
        let at = record::stream_at(&head).unwrap();
        let stream: String = value.chars().skip(at).take(record::STREAM_UNITS).collect();
        record::summary_from_parts(id, &head, &stream).is_some()
    };
    assert!(parts_suffice(&short));
    assert!(!parts_suffice(&long));
    let again = open(storage.borrow().clone(), 2);
    assert!(again.report().is_empty(), "{:?}", again.report());
    assert_eq!(again.summaries(), store.summaries());
    assert_eq!(again.usage().used_units, storage.borrow().used_units());
    // Another app's key and a damaged record (set aside while opening) are counted too.
    let mut raw = storage.borrow().clone();
    raw.put_raw("aplikasi-lain", &"x".repeat(500));
    raw.put_raw("sopir/kasus/rusak", "R3:40:9:rusak");
    let shared_raw = shared(raw);
    let third = open(shared_raw.clone(), 3);
    assert_eq!(third.report().len(), 1, "{:?}", third.report());
    assert_eq!(third.summaries(), store.summaries());
    assert_eq!(third.usage().used_units, shared_raw.borrow().used_units());
}

#[test]
fn the_meter_counts_every_key_and_warns_at_eighty_percent() {
    let mut raw = MemoryStorage::with_quota(200_000);
    raw.put_raw("aplikasi-lain", &"x".repeat(1_000));
    let storage = shared(raw);
    let mut store = open(storage.clone(), 1);
    let office = store.office().id.clone();
    store
        .commit_import(sop(), vec![walked(0, 5, &office, None)])
        .unwrap();
    let usage = store.usage();
    assert_eq!(usage.used_units, storage.borrow().used_units());
    assert_eq!(usage.quota_units, 200_000);
    assert_eq!(usage.cases, 1);
    assert!(!usage.warn());
    let warn = |used| {
        Usage {
            used_units: used,
            quota_units: 1000,
            cases: 0,
        }
        .warn()
    };
    assert!(!warn(799));
    assert!(warn(800));
}

#[test]
fn the_training_namespace_is_kept_apart() {
    let storage = shared(MemoryStorage::new());
    let mut real = open(storage.clone(), 1);
    let mut training = Store::open(
        storage.clone(),
        Namespace::Training,
        sop(),
        Box::new(SeededIds::new(2)),
    );
    real.create_case(sop(), sample::identity(1), operator(), now())
        .unwrap();
    let office = training.office().id.clone();
    training
        .replace_all(vec![
            walked(3, 9, &office, Some(4)),
            walked(4, 10, &office, None),
        ])
        .unwrap();
    assert_eq!(real.summaries().len(), 1);
    assert_eq!(training.summaries().len(), 2);
    assert!(storage
        .borrow()
        .entries()
        .keys()
        .all(|k| k.starts_with("sopir/") || k.starts_with("sopir-latihan/")));
    // A reset replaces every training case and touches nothing real.
    training
        .replace_all(vec![walked(5, 11, &office, Some(2))])
        .unwrap();
    let training = Store::open(
        storage.borrow().clone(),
        Namespace::Training,
        sop(),
        Box::new(SeededIds::new(3)),
    );
    assert_eq!(training.summaries().len(), 1);
    assert_eq!(open(storage.borrow().clone(), 4).summaries().len(), 1);
}

#[test]
fn messages_are_in_indonesian_with_an_english_variant() {
    let quota = StoreError::Storage(StorageError::Quota);
    assert!(quota.message(Lang::Id).contains("penuh"));
    assert!(quota.message(Lang::Id).contains("Ekspor"));
    assert!(quota.message(Lang::En).contains("full"));
    assert_eq!(
        StoreError::NewerSchema.message(Lang::Id),
        "Data ini dibuat oleh versi Sopir yang lebih baru; perbarui Sopir untuk membukanya."
    );
    assert!(StoreError::NewerSchema.message(Lang::En).contains("newer"));
}

#[test]
fn the_training_samples_stand_at_every_step_and_cover_every_outcome() {
    use chrono::TimeZone;
    use sopir::core::calendar::Calendar;
    use sopir::core::case::{PermitStatus, Position};
    use sopir::core::ids::SeededIds;
    use sopir::store::samples::training_cases;

    let sop = sopir::core::sop::Sop::embedded();
    let now = chrono::Utc.with_ymd_and_hms(2025, 6, 2, 3, 0, 0).unwrap();
    let cases = training_cases(sop, now, &mut SeededIds::new(7), &"kantor-latihan".into());
    let cal = Calendar::standard();
    let status: Vec<_> = cases.iter().map(|c| c.status_at(sop, now, &cal)).collect();
    for no in 1..=20u8 {
        assert!(
            cases.iter().any(|c| c.state().position == Position::At(no)),
            "no case at step {no}"
        );
    }
    assert!(
        cases.iter().all(|c| c.events().iter().all(|e| e.at < now)),
        "nothing happens in the future"
    );
    assert!(
        status
            .iter()
            .any(|s| s.inspection.as_ref().is_some_and(|d| d.overdue)),
        "an overdue one"
    );
    assert!(cases
        .iter()
        .any(|c| !c.state().returns.is_empty() && c.state().position == Position::At(12)));
    assert!(cases
        .iter()
        .any(|c| c.state().round_number() == 2 && c.state().position == Position::At(2)));
    assert!(status
        .iter()
        .any(|s| s.permit == PermitStatus::BerlakuEfektif));
    assert!(status.iter().any(|s| s.permit == PermitStatus::Batal));
    let companies: std::collections::BTreeSet<_> = cases
        .iter()
        .map(|c| c.state().identity.company.clone())
        .collect();
    assert_eq!(
        companies.len(),
        cases.len(),
        "every sample is a different company"
    );
}
