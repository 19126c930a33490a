//! The summary index (`store::index`): opening takes summaries from it only while the
//! records still match it, so whatever happened to the index or the records, a store
//! opens with exactly the summaries its records hold.

mod store_support;

use chrono::Duration;
use proptest::prelude::*;
use sopir::core::case::CaseId;
use sopir::store::{index, MemoryStorage, Namespace, Storage, Store};
use store_support::*;

const INDEX_KEY: &str = "sopir/indeks";

/// A store with `n` cases, case `i` walked `i % 7` steps.
fn stocked(n: u32) -> (Shared, Vec<CaseId>) {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let ids: Vec<CaseId> = (0..n).map(|i| new_case(&mut store, i)).collect();
    for (i, id) in ids.iter().enumerate() {
        step(&mut store, id, i % 7);
    }
    (storage, ids)
}

/// Records `steps` more sample steps of case `id`.
fn step<S: Storage>(store: &mut Store<S>, id: &CaseId, steps: usize) {
    for _ in 0..steps {
        let case = store.case(id).unwrap();
        let at = case.summary().last_event_at + Duration::hours(2);
        let Some((author, command)) = next(&case, at) else {
            return;
        };
        store.execute(sop(), id, command, author, at).unwrap();
    }
}

/// The summaries a store opened on `storage` without its index finds.
fn from_records(storage: &MemoryStorage) -> Content {
    let mut copy = storage.clone();
    copy.remove(INDEX_KEY).unwrap();
    let mut store = open(copy, 7);
    assert_eq!(store.index_hits(), 0);
    content(&mut store)
}

#[test]
fn an_unchanged_store_opens_from_its_index_with_the_same_summaries() {
    let (storage, ids) = stocked(12);
    let mut store = open(storage.clone(), 2);
    assert_eq!(store.index_hits(), 0, "no index yet");
    assert!(store.refresh_index());
    assert!(!store.refresh_index(), "nothing changed: nothing to write");
    let writes = storage.borrow().writes();
    let mut again = open(storage.clone(), 3);
    assert_eq!(again.index_hits(), ids.len());
    assert!(again.report().is_empty(), "{:?}", again.report());
    assert_eq!(content(&mut again), from_records(&storage.borrow()));
    assert!(!again.refresh_index());
    assert_eq!(
        storage.borrow().writes(),
        writes,
        "opening and refreshing wrote nothing"
    );
}

#[test]
fn a_case_changed_after_the_index_was_written_is_read_from_its_record() {
    let (storage, ids) = stocked(6);
    let mut store = open(storage.clone(), 2);
    assert!(store.refresh_index());
    // Recorded by a store that never refreshes the index (another tab, an older Sopir).
    step(&mut store, &ids[2], 1);
    let mut again = open(storage.clone(), 3);
    assert_eq!(again.index_hits(), ids.len() - 1);
    assert_eq!(again.summary(&ids[2]), store.summary(&ids[2]));
    assert_eq!(content(&mut again), from_records(&storage.borrow()));
    // A deleted case is not brought back by its old entry.
    again.delete_cases(&[ids[4].clone()]).unwrap();
    let third = open(storage.clone(), 4);
    assert!(third.summary(&ids[4]).is_none());
    assert_eq!(third.summaries().len(), ids.len() - 1);
    // The next refresh writes the index again, whole.
    let mut third = third;
    assert!(third.refresh_index());
    assert_eq!(open(storage.clone(), 5).index_hits(), ids.len() - 1);
}

#[test]
fn a_summary_another_tab_changed_meanwhile_is_left_out_of_the_index() {
    let (storage, ids) = stocked(5);
    let mut mine = open(storage.clone(), 2);
    let mut other = open(storage.clone(), 3);
    step(&mut other, &ids[1], 2);
    // `mine` has not heard of it: its summary of case 1 is stale.
    assert_ne!(mine.summary(&ids[1]), other.summary(&ids[1]));
    assert!(mine.refresh_index());
    let mut again = open(storage.clone(), 4);
    assert_eq!(again.index_hits(), ids.len() - 1);
    assert_eq!(again.summary(&ids[1]), other.summary(&ids[1]));
    assert_eq!(content(&mut again), from_records(&storage.borrow()));
}

#[test]
fn a_damaged_or_foreign_index_is_ignored_without_a_problem_and_written_anew() {
    let (storage, ids) = stocked(4);
    let good = {
        let mut store = open(storage.clone(), 2);
        assert!(store.refresh_index());
        storage.borrow().get(INDEX_KEY).unwrap().unwrap()
    };
    let (other, _) = stocked(4);
    let foreign = {
        let mut store = open(other.clone(), 2);
        step(&mut store, &ids[0], 1);
        assert!(store.refresh_index());
        other.borrow().get(INDEX_KEY).unwrap().unwrap()
    };
    let cut = good
        .chars()
        .take(good.chars().count() / 2)
        .collect::<String>();
    // One unit of the packed stream changed (kept inside the packed alphabet).
    let mut units: Vec<char> = good.chars().collect();
    let middle = units.len() / 2;
    units[middle] = char::from_u32((units[middle] as u32 - 0x20 + 1) % 0x8000 + 0x20).unwrap();
    let changed: String = units.into_iter().collect();
    for (what, value) in [
        ("not an index", "{\"kasus\": []}".to_string()),
        ("another version", good.replacen("I1:", "I9:", 1)),
        ("cut short", cut),
        ("a unit changed", changed),
        ("its checksum changed", {
            let sum = u32::from_str_radix(&good[3..11], 16).unwrap();
            format!("I1:{:08x}{}", sum ^ 1, &good[11..])
        }),
        ("empty", String::new()),
        ("another store's", foreign),
    ] {
        storage.borrow_mut().put_raw(INDEX_KEY, &value);
        let mut store = open(storage.clone(), 5);
        assert!(store.report().is_empty(), "{what}: {:?}", store.report());
        assert_eq!(
            content(&mut store),
            from_records(&storage.borrow()),
            "{what}"
        );
        // Another store's index matches only the records that are the same byte for byte
        // (the same sample cases, but for the one it stepped on).
        let matching = if what == "another store's" {
            ids.len() - 1
        } else {
            0
        };
        assert_eq!(store.index_hits(), matching, "{what}");
        let keys = storage.borrow().keys().unwrap();
        assert!(!keys.iter().any(|k| k.contains("karantina")), "{what}");
        store.refresh_index();
        assert_eq!(open(storage.clone(), 6).index_hits(), ids.len(), "{what}");
    }
}

#[test]
fn the_index_never_takes_room_the_cases_need() {
    let (storage, _) = stocked(8);
    let used = storage.borrow().used_units();
    // Room for the cases and the index, but the index would pass 80% of the quota.
    storage.borrow_mut().set_quota(used * 5 / 4 + 10);
    let mut store = open(storage.clone(), 2);
    assert!(!store.refresh_index());
    assert_eq!(storage.borrow().get(INDEX_KEY).unwrap(), None);
    // With room, it is written; once the cases grow past 80%, the next refresh removes it.
    storage.borrow_mut().set_quota(used * 4);
    assert!(store.refresh_index());
    assert!(storage.borrow().get(INDEX_KEY).unwrap().is_some());
    let index_units = storage.borrow().used_units() - used;
    storage
        .borrow_mut()
        .set_quota((used + index_units) * 5 / 4 - 1);
    let ids: Vec<CaseId> = store.summaries().keys().cloned().collect();
    let mut store = open(storage.clone(), 3);
    step(&mut store, &ids[0], 1);
    assert!(!store.refresh_index());
    assert_eq!(storage.borrow().get(INDEX_KEY).unwrap(), None);
}

#[test]
fn a_failed_index_write_changes_nothing_but_the_index() {
    let (storage, _) = stocked(5);
    let mut store = open(storage.clone(), 2);
    assert!(store.refresh_index());
    let ids: Vec<CaseId> = store.summaries().keys().cloned().collect();
    step(&mut store, &ids[3], 1);
    let before = content(&mut store);
    storage.borrow_mut().fail_nth_write(1);
    assert!(!store.refresh_index());
    // The stale index is removed rather than left behind.
    assert_eq!(storage.borrow().get(INDEX_KEY).unwrap(), None);
    assert_eq!(content(&mut store), before);
    let mut again = open(storage.clone(), 3);
    assert_eq!(content(&mut again), before);
}

#[test]
fn entries_survive_encoding_whatever_their_text() {
    let ids = [CaseId::from("a:b"), CaseId::from("12:"), CaseId::from("ü")];
    let heads = ["R3:18:300:\u{7fff}\u{20}", "", "::9:"];
    let jsons = [b"{}".to_vec(), b"1:2:3".to_vec(), Vec::new()];
    let value = index::encode(
        ids.iter()
            .zip(heads)
            .zip(&jsons)
            .map(|((id, head), json)| (id, head, json.as_slice())),
    );
    let entries = index::decode(&value).unwrap();
    assert_eq!(entries.len(), 3);
    for ((id, head), json) in ids.iter().zip(heads).zip(jsons) {
        assert_eq!(entries[id], (head.to_string(), json));
    }
    assert!(index::decode(&format!("{value}x")).is_none());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    /// Two tabs step cases, refresh the index and reopen in any order: a store opened on
    /// the storage always has the summaries its records hold.
    #[test]
    fn opening_always_agrees_with_the_records(
        moves in proptest::collection::vec((0usize..2, 0usize..5, 0u8..3), 1..16),
    ) {
        let (storage, ids) = stocked(5);
        let mut tabs = [open(storage.clone(), 10), open(storage.clone(), 11)];
        for (n, (tab, case, action)) in moves.into_iter().enumerate() {
            match action {
                0 => step(&mut tabs[tab], &ids[case], 1),
                1 => {
                    tabs[tab].refresh_index();
                }
                _ => tabs[tab] = open(storage.clone(), 20 + n as u64),
            }
            let mut fresh = open(storage.clone(), 99);
            prop_assert!(fresh.report().is_empty());
            prop_assert_eq!(content(&mut fresh), from_records(&storage.borrow()));
        }
    }
}

#[test]
fn the_training_mode_keeps_its_own_index() {
    let storage = shared(MemoryStorage::new());
    let mut real = open(storage.clone(), 1);
    new_case(&mut real, 1);
    assert!(real.refresh_index());
    let training = Store::open(
        storage.clone(),
        Namespace::Training,
        sop(),
        Box::new(sopir::core::ids::SeededIds::new(2)),
    );
    assert_eq!(training.index_hits(), 0);
    assert!(training.summaries().is_empty());
}

#[test]
fn a_save_that_needs_the_index_room_gets_it() {
    let (storage, ids) = stocked(8);
    let mut store = open(storage.clone(), 2);
    assert!(store.refresh_index());
    let index = storage.borrow().get(INDEX_KEY).unwrap().unwrap();
    let index_units = INDEX_KEY.len() + index.encode_utf16().count();
    let cases = storage.borrow().used_units() - index_units;
    // Room for the cases and one more small one, but not with the index as well.
    storage.borrow_mut().set_quota(cases + index_units - 1);
    let id = new_case(&mut store, 40);
    assert_eq!(storage.borrow().get(INDEX_KEY).unwrap(), None);
    let mut again = open(storage.clone(), 3);
    assert_eq!(again.summaries().len(), ids.len() + 1);
    assert!(again.summary(&id).is_some());
    assert_eq!(content(&mut again), from_records(&storage.borrow()));
}
