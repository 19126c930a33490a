//! Schema versions: a store in the earlier layout (schema 1, a prototype's plain JSON) is
//! migrated, and a failure midway leaves it intact; a newer schema is refused read-only;
//! unavailable storage opens read-only too.

mod store_support;

use std::collections::BTreeMap;

use sopir::core::case::{Case, CaseId, OfficeId};
use sopir::core::ids::{IdSource, SeededIds};
use sopir::core::sample::{self, Choices};
use sopir::i18n::Lang;
use sopir::store::{
    legacy, record, samples, MemoryStorage, Namespace, ProblemKind, Settings, Storage,
    StorageError, Store, StoreError, CURRENT_SCHEMA,
};
use store_support::*;

const GOLDEN: &str = "tests/golden/store-v1.json";

fn golden() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(GOLDEN).expect("golden sample");
    serde_json::from_str(&text).expect("a JSON object of key -> value")
}

fn storage_of(entries: &BTreeMap<String, String>) -> MemoryStorage {
    let mut storage = MemoryStorage::new();
    for (key, value) in entries {
        storage.put_raw(key, value);
    }
    storage
}

/// The golden sample's cases, replayed from its schema-1 records.
fn golden_cases() -> BTreeMap<CaseId, Case> {
    golden()
        .iter()
        .filter(|(k, _)| Namespace::Real.case_of(k).is_some())
        .map(|(_, v)| {
            let case = legacy::decode(sop(), v).expect("golden cases replay");
            (case.id().clone(), case)
        })
        .collect()
}

/// Writes the golden sample (run once, by hand, when the sample was made).
#[test]
#[ignore = "writes tests/golden/store-v1.json"]
fn write_golden_v1_sample() {
    let mut ids = SeededIds::new(2021);
    let office = OfficeId(ids.new_id());
    let opened = utc(2024, 11, 4, 1);
    let cases = [
        (0, Choices::default(), None),
        (3, Choices::default(), Some(9)),
        (
            6,
            Choices {
                inspection: false,
                ready: true,
                return_once: true,
            },
            None,
        ),
    ];
    let mut entries = BTreeMap::new();
    entries.insert("sopir/skema".to_string(), "1".to_string());
    entries.insert(
        "sopir/kantor".to_string(),
        format!(r#"{{"id":"{office}","name":"DPPESDM Kalbar"}}"#),
    );
    entries.insert(
        "sopir/pengaturan".to_string(),
        r#"{"office_name":"DPPESDM Kalbar","lang":"Id"}"#.to_string(),
    );
    for (n, choices, steps) in cases {
        let case = samples::walked_case(sop(), n, &mut ids, &office, opened, choices, steps);
        entries.insert(Namespace::Real.case_key(case.id()), legacy::encode(&case));
    }
    let text = serde_json::to_string_pretty(&entries).unwrap();
    std::fs::create_dir_all("tests/golden").unwrap();
    std::fs::write(GOLDEN, text + "\n").unwrap();
}

#[test]
fn the_golden_v1_store_migrates() {
    let expected = golden_cases();
    assert_eq!(expected.len(), 3);
    let mut store = open(storage_of(&golden()), 1);
    assert!(store.read_only().is_none());
    assert!(
        store
            .report()
            .iter()
            .any(|p| p.kind == ProblemKind::Migrated { cases: 3 }),
        "{:?}",
        store.report()
    );
    assert_eq!(store.settings().office_name, "DPPESDM Kalbar");
    assert_eq!(store.settings().letterhead, Settings::default().letterhead);
    let office: serde_json::Value = serde_json::from_str(&golden()["sopir/kantor"]).unwrap();
    assert_eq!(store.office().id.as_str(), office["id"].as_str().unwrap());
    for (id, case) in &expected {
        assert_eq!(store.summary(id), Some(&case.summary()));
        assert_eq!(store.case(id).unwrap().events(), case.events());
    }
    let storage = store.into_storage();
    assert_eq!(
        storage.get("sopir/skema").unwrap(),
        Some(CURRENT_SCHEMA.to_string())
    );
    assert_eq!(storage.get("sopir/jurnal").unwrap(), None);
    for id in expected.keys() {
        let value = storage.get(&Namespace::Real.case_key(id)).unwrap().unwrap();
        assert!(record::is_record(&value));
    }
    // Reopening finds a schema-2 store with nothing to report.
    let mut again = open(storage, 2);
    assert!(again.report().is_empty(), "{:?}", again.report());
    assert_eq!(again.all_cases().unwrap().len(), 3);
}

/// The golden store after a journal left behind is undone by hand (what opening does).
fn rolled_back(storage: &MemoryStorage) -> BTreeMap<String, String> {
    let mut entries = entries(storage);
    if let Some(journal) = entries.remove("sopir/jurnal") {
        let journal: serde_json::Value = serde_json::from_str(&journal).unwrap();
        for entry in journal["entries"].as_array().unwrap() {
            let key = entry["key"].as_str().unwrap().to_string();
            match entry["old"].as_str() {
                Some(old) => entries.insert(key, old.to_string()),
                None => entries.remove(&key),
            };
        }
    }
    entries
}

#[test]
fn a_failure_during_migration_leaves_the_v1_data_intact() {
    let golden = golden();
    let writes = {
        let storage = shared(storage_of(&golden));
        let _ = open(storage.clone(), 1);
        let writes = storage.borrow().writes();
        writes
    };
    assert!(writes >= 5, "{writes}");
    for n in 1..=writes {
        // Failing once: undone at once; the store goes on reading the v1 records.
        let storage = shared(storage_of(&golden));
        storage.borrow_mut().fail_nth_write(n);
        let mut store = open(storage.clone(), 1);
        assert!(
            store
                .report()
                .iter()
                .any(|p| matches!(p.kind, ProblemKind::MigrationFailed(_))),
            "write {n}: {:?}",
            store.report()
        );
        assert_eq!(entries(&storage.borrow()), golden, "write {n}");
        for (id, case) in golden_cases() {
            assert_eq!(
                store.case(&id).unwrap().events(),
                case.events(),
                "write {n}"
            );
        }
        // The next opening migrates.
        let again = open(storage.borrow().clone(), 2);
        assert!(again
            .report()
            .iter()
            .any(|p| p.kind == ProblemKind::Migrated { cases: 3 }));
    }
    for n in 0..writes {
        // A tab closed midway: the journal still holds every v1 value.
        let storage = shared(storage_of(&golden));
        storage.borrow_mut().crash_after_writes(n);
        let _ = open(storage.clone(), 1);
        storage.borrow_mut().heal();
        assert_eq!(rolled_back(&storage.borrow()), golden, "crash after {n}");
        let mut again = open(storage.borrow().clone(), 2);
        for (id, case) in golden_cases() {
            assert_eq!(again.case(&id).unwrap().events(), case.events());
        }
    }
}

#[test]
fn a_newer_schema_is_refused_read_only_and_left_untouched() {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let id = new_case(&mut store, 1);
    drop(store);
    storage
        .borrow_mut()
        .put_raw("sopir/skema", &(CURRENT_SCHEMA + 1).to_string());
    storage
        .borrow_mut()
        .put_raw("sopir/kasus/dari-versi-baru", "R9:format baru");
    let untouched = storage.borrow().entries().clone();

    let mut store = open(storage.clone(), 2);
    assert_eq!(store.read_only(), Some(&StoreError::NewerSchema));
    assert_eq!(
        store.read_only().unwrap().message(Lang::Id),
        "Data ini dibuat oleh versi Sopir yang lebih baru; perbarui Sopir untuk membukanya."
    );
    assert!(store.report().iter().any(|p| p.kind
        == ProblemKind::NewerSchema {
            found: CURRENT_SCHEMA + 1
        }));
    let refused = Err(StoreError::NewerSchema);
    assert_eq!(
        store
            .create_case(sop(), sample::identity(2), operator(), now())
            .map(|_| ()),
        refused
    );
    let case = walked(1, 5, &OfficeId::from("x"), Some(1));
    let (author, command) = next(&case, now()).unwrap();
    assert_eq!(store.execute(sop(), &id, command, author, now()), refused);
    assert_eq!(store.save_settings(Settings::default()), refused);
    assert_eq!(store.commit_import(sop(), vec![case.clone()]), refused);
    assert_eq!(store.replace_all(vec![case]), refused);
    assert_eq!(store.mark_exported(std::slice::from_ref(&id)), refused);
    assert_eq!(store.delete_cases(&[id]), refused);
    assert_eq!(storage.borrow().entries(), &untouched);
}

#[test]
fn unavailable_storage_opens_read_only() {
    let mut raw = MemoryStorage::new();
    raw.set_unavailable(true);
    let mut store = Store::open(raw, Namespace::Real, sop(), Box::new(SeededIds::new(1)));
    let unavailable = StoreError::Storage(StorageError::Unavailable);
    assert_eq!(store.read_only(), Some(&unavailable));
    assert!(store
        .report()
        .iter()
        .any(|p| matches!(p.kind, ProblemKind::Unavailable(_))));
    assert_eq!(
        store
            .create_case(sop(), sample::identity(2), operator(), now())
            .map(|_| ()),
        Err(unavailable)
    );
    assert!(store
        .read_only()
        .unwrap()
        .message(Lang::Id)
        .contains("tidak dapat"));
}

/// A schema-2 store (each record with two deflate streams) opens as it is: its records
/// read, the schema number moves on, and no record is rewritten.
#[test]
fn a_schema_2_store_opens_without_rewriting_its_records() {
    // tests/store_codec.rs's complete case, as the Sopir of schema 2 stored it.
    let golden = std::fs::read_to_string("tests/golden/store-record-r2.txt").unwrap();
    let id = CaseId::from("9699b7ca-ad8d-4837-874f-1f093777dfa2");
    let key = Namespace::Real.case_key(&id);
    let storage = shared(MemoryStorage::new());
    storage.borrow_mut().put_raw("sopir/skema", "2");
    storage.borrow_mut().put_raw(&key, &golden);

    let mut store = open(storage.clone(), 1);
    assert!(store.report().is_empty(), "{:?}", store.report());
    assert_eq!(store.summary(&id).map(|s| s.event_count), Some(21));
    assert_eq!(store.case(&id).unwrap().events().len(), 21);
    assert_eq!(
        storage.borrow().get("sopir/skema").unwrap(),
        Some(CURRENT_SCHEMA.to_string())
    );
    assert_eq!(storage.borrow().get(&key).unwrap(), Some(golden));
}
