//! A value that does not decode, under any kind of key, is moved to quarantine; the store
//! opens anyway and says what it found.

mod store_support;

use sopir::core::case::{CaseId, OfficeId};
use sopir::i18n::Lang;
use sopir::store::{
    legacy, record, CorruptReason, LoadProblem, MemoryStorage, Namespace, ProblemKind, Storage,
    StoreError,
};
use sopir::wire::codec;
use store_support::*;

/// A store with two complete cases, settings and export marks.
fn base() -> (MemoryStorage, Vec<CaseId>) {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let office = store.office().id.clone();
    store
        .commit_import(
            sop(),
            vec![walked(0, 11, &office, None), walked(1, 12, &office, None)],
        )
        .unwrap();
    let ids: Vec<CaseId> = store.summaries().keys().cloned().collect();
    store.mark_exported(&ids).unwrap();
    let mut settings = store.settings().clone();
    settings.office_name = "Kantor Uji".into();
    store.save_settings(settings).unwrap();
    drop(store);
    let storage = storage.borrow().clone();
    (storage, ids)
}

fn quarantined(report: &[LoadProblem], key: &str) -> Option<(CorruptReason, String)> {
    report.iter().find_map(|p| match &p.kind {
        ProblemKind::Quarantined { reason, to } if p.key == key => {
            Some((reason.clone(), to.clone()))
        }
        _ => None,
    })
}

#[test]
fn corrupt_values_under_every_kind_of_key_are_quarantined() {
    let (base, ids) = base();
    let case_key = Namespace::Real.case_key(&ids[0]);
    let cases = [
        (case_key.as_str(), "bukan rekaman"),
        (case_key.as_str(), "R2:5:3:abc"),
        (case_key.as_str(), "{\"events\": 12}"),
        ("sopir/pengaturan", "{\"office_name\": "),
        ("sopir/kantor", "kantor?"),
        ("sopir/ekspor", "[1, 2"),
        ("sopir/jurnal", "{\"entries\": \"rusak\"}"),
        ("sopir/skema", "dua"),
    ];
    for (key, value) in cases {
        let mut storage = base.clone();
        storage.put_raw(key, value);
        let mut store = open(storage, 2);
        let (reason, to) = quarantined(store.report(), key)
            .unwrap_or_else(|| panic!("{key} = {value:?}: {:?}", store.report()));
        assert_eq!(
            to,
            format!("sopir/karantina/{}", key.strip_prefix("sopir/").unwrap())
        );
        let message = store.report()[0].message(Lang::Id);
        assert!(
            message.contains(key) && message.contains("karantina"),
            "{message}"
        );
        assert!(!reason.message(Lang::Id).is_empty());
        let expected_cases = if key == case_key { 1 } else { 2 };
        assert_eq!(store.summaries().len(), expected_cases, "{key}");
        assert!(store.read_only().is_none());
        // Every remaining case loads, and the store saves again.
        assert_eq!(store.all_cases().unwrap().len(), expected_cases);
        new_case(&mut store, 9);
        let storage = store.into_storage();
        assert_eq!(storage.get(&to).unwrap().as_deref(), Some(value));
        let left = storage.get(key).unwrap();
        assert!(
            left.as_deref() != Some(value),
            "{key} still holds the corrupt value"
        );
        // Reopening finds nothing more to report than a fresh store would.
        let again = open(storage, 3);
        assert!(
            again
                .report()
                .iter()
                .all(|p| !matches!(p.kind, ProblemKind::Quarantined { .. })),
            "{:?}",
            again.report()
        );
    }
}

#[test]
fn a_record_that_does_not_match_its_summary_is_caught_on_full_load() {
    let (mut base, ids) = base();
    // The summary of case 0 over the events of another case: the summary decodes (the
    // app opens), the replayed history does not match it.
    let other = walked(7, 77, &OfficeId::from("kantor-lain"), Some(5));
    let case_key = Namespace::Real.case_key(&ids[0]);
    let good = base.get(&case_key).unwrap().unwrap();
    let bad = record::encode(&other).0;
    // R3:<binary units>:<summary bytes>:<binary><stream>
    let binary_of = |record: &str| -> Vec<u8> {
        let rest = record.strip_prefix("R3:").unwrap();
        let (units, rest) = rest.split_once(':').unwrap();
        let packed: String = rest
            .split_once(':')
            .unwrap()
            .1
            .chars()
            .take(units.parse().unwrap())
            .collect();
        codec::unpack(&packed).unwrap()
    };
    let mine = record::decode_case(sop(), &ids[0], &good).unwrap();
    // The other case's event ids, under case 0's history hash.
    let mut binary = binary_of(&bad);
    binary[..32].copy_from_slice(&binary_of(&good)[..32]);
    let binary = codec::pack(&binary);
    let (summary, _) = record::plain_parts(&mine);
    let (_, events) = record::plain_parts(&other);
    let stream = codec::encode(&[summary.clone(), events].concat());
    let spliced = format!(
        "R3:{}:{}:{binary}{stream}",
        binary.chars().count(),
        summary.len()
    );
    base.put_raw(&case_key, &spliced);
    let mut store = open(base, 2);
    assert!(store.report().is_empty(), "{:?}", store.report());
    assert_eq!(store.summaries().len(), 2);
    match store.case(&ids[0]) {
        Err(StoreError::Corrupt { key, reason }) => {
            assert_eq!(key, case_key);
            assert!(
                matches!(
                    reason,
                    CorruptReason::HistoryMismatch | CorruptReason::Replay(_)
                ),
                "{reason:?}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(store.summaries().len(), 1);
    assert!(quarantined(store.report(), &case_key).is_some());
    assert_eq!(store.all_cases().unwrap().len(), 1);
}

#[test]
fn a_tampered_earlier_layout_record_fails_its_hash_check() {
    let (mut base, ids) = base();
    let case = open(base.clone(), 2).case(&ids[1]).unwrap();
    let text = legacy::encode(&case).replacen("Nur Aini", "Nur Ainy", 1);
    let key = Namespace::Real.case_key(&ids[1]);
    base.put_raw(&key, &text);
    let store = open(base, 3);
    let (reason, _) = quarantined(store.report(), &key).expect("quarantined");
    assert!(
        matches!(
            reason,
            CorruptReason::Replay(sopir::core::case::ReplayError::Integrity(_))
        ),
        "{reason:?}"
    );
    assert_eq!(store.summaries().len(), 1);
}

#[test]
fn quarantine_never_overwrites_an_earlier_copy() {
    let (mut base, _) = base();
    base.put_raw("sopir/karantina/pengaturan", "lama");
    base.put_raw("sopir/karantina/pengaturan.2", "lama juga");
    base.put_raw("sopir/pengaturan", "rusak");
    let store = open(base, 2);
    let (_, to) = quarantined(store.report(), "sopir/pengaturan").unwrap();
    assert_eq!(to, "sopir/karantina/pengaturan.3");
    let storage = store.into_storage();
    assert_eq!(
        storage
            .get("sopir/karantina/pengaturan")
            .unwrap()
            .as_deref(),
        Some("lama")
    );
    assert_eq!(
        storage
            .get("sopir/karantina/pengaturan.3")
            .unwrap()
            .as_deref(),
        Some("rusak")
    );
}

#[test]
fn when_quarantine_cannot_be_written_the_value_stays_and_is_skipped() {
    let (mut base, ids) = base();
    let key = Namespace::Real.case_key(&ids[0]);
    base.put_raw(&key, "rusak");
    let full = base.used_units();
    base.set_quota(full);
    let mut store = open(base, 2);
    let problem = store
        .report()
        .iter()
        .find(|p| p.key == key)
        .expect("reported");
    assert!(
        matches!(
            &problem.kind,
            ProblemKind::NotQuarantined {
                error: sopir::store::StorageError::Quota,
                ..
            }
        ),
        "{problem:?}"
    );
    assert!(problem.message(Lang::Id).contains("dilewati"));
    assert_eq!(store.summaries().len(), 1);
    assert_eq!(store.all_cases().unwrap().len(), 1);
    let storage = store.into_storage();
    assert_eq!(storage.get(&key).unwrap().as_deref(), Some("rusak"));
}
