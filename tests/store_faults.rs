//! Every kind of save, failing at every write it makes (once, or for good as when a tab
//! is closed midway): the failed save leaves memory as before and usable, and a store
//! reopened on what is left finds exactly the content before or after the save.

mod store_support;

use sopir::core::case::{CaseId, OfficeId};
use sopir::core::sample;
use sopir::core::sop::ActorId;
use sopir::store::{MemoryStorage, Settings, Storage, Store, StoreError};
use store_support::*;

#[derive(Clone, Copy, Debug)]
enum Save {
    Create,
    Execute,
    Settings,
    /// A new office name: settings and office in one journaled save.
    SettingsAndOffice,
    Import,
    ReplaceAll,
    MarkExported,
    Delete,
}

const SAVES: [Save; 8] = [
    Save::Create,
    Save::Execute,
    Save::Settings,
    Save::SettingsAndOffice,
    Save::Import,
    Save::ReplaceAll,
    Save::MarkExported,
    Save::Delete,
];

#[derive(Clone, Copy, Debug)]
enum Fault {
    /// The n-th write fails, once.
    Once(u64),
    /// Every write after the first n fails.
    Crash(u64),
}

/// A store with three cases (complete, at step 9, at step 3), settings and export marks.
fn base() -> MemoryStorage {
    let storage = shared(MemoryStorage::new());
    let mut store = open(storage.clone(), 1);
    let office = store.office().id.clone();
    let cases = vec![
        walked(0, 11, &office, None),
        walked(1, 12, &office, Some(8)),
        walked(2, 13, &office, Some(2)),
    ];
    store.commit_import(sop(), cases).unwrap();
    let settings = Settings {
        acting: Some((ActorId::new("operator"), "Nur Aini".into())),
        ..Settings::default()
    };
    store.save_settings(settings).unwrap();
    let first = store.summaries().keys().next().unwrap().clone();
    store.mark_exported(&[first]).unwrap();
    drop(store);
    let storage = storage.borrow().clone();
    storage
}

fn ids_by_progress<S: Storage>(store: &Store<S>) -> Vec<CaseId> {
    let mut ids: Vec<(usize, CaseId)> = store
        .summaries()
        .values()
        .map(|s| (s.event_count, s.id.clone()))
        .collect();
    ids.sort();
    ids.into_iter().map(|(_, id)| id).collect()
}

fn run<S: Storage>(save: Save, store: &mut Store<S>) -> Result<(), StoreError> {
    let ids = ids_by_progress(store);
    match save {
        Save::Create => store
            .create_case(sop(), sample::identity(40), operator(), now())
            .map(|_| ()),
        Save::Execute => {
            let case = store.case(&ids[1])?;
            let (author, command) = next(&case, now()).unwrap();
            store.execute(sop(), &ids[1], command, author, now())
        }
        Save::Settings | Save::SettingsAndOffice => {
            let mut settings = store.settings().clone();
            settings.letterhead.push("Telepon (0561) 000000".into());
            if matches!(save, Save::SettingsAndOffice) {
                settings.office_name = "Bidang Perindustrian DPPESDM".into();
            }
            store.save_settings(settings)
        }
        Save::Import => {
            // An update of a stored case by another office, a new case, an unchanged one.
            let other = OfficeId::from("kantor-kabupaten");
            let stored = store.case(&ids[0])?;
            let unchanged = store.case(&ids[2])?;
            let cases = vec![
                walk_on(&stored, 3, &other, 21),
                walked(30, 22, &other, Some(6)),
                unchanged,
            ];
            store.commit_import(sop(), cases)
        }
        Save::ReplaceAll => {
            let office = store.office().id.clone();
            store.replace_all(vec![
                walked(50, 31, &office, Some(1)),
                walked(51, 32, &office, None),
            ])
        }
        Save::MarkExported => store.mark_exported(&ids),
        Save::Delete => {
            let marked = store.export_marks().keys().next().unwrap().clone();
            store.delete_cases(&[marked, ids[0].clone()])
        }
    }
}

#[test]
fn every_save_failing_at_every_write_leaves_before_or_after() {
    let base = base();
    let before = reopened(&base);
    let mut trials = 0;
    for save in SAVES {
        // The save without failures: its writes and the content after it.
        let storage = shared(base.clone());
        let mut store = open(storage.clone(), 7);
        let start = storage.borrow().writes();
        run(save, &mut store).unwrap();
        let writes = storage.borrow().writes() - start;
        let after = reopened(&storage.borrow());
        assert_ne!(before, after, "{save:?} changes something");
        assert_eq!(
            content(&mut store),
            after,
            "{save:?}: memory matches storage"
        );

        let faults = (1..=writes)
            .map(Fault::Once)
            .chain((0..writes).map(Fault::Crash));
        for fault in faults {
            trials += 1;
            let storage = shared(base.clone());
            let mut store = open(storage.clone(), 7);
            match fault {
                Fault::Once(n) => storage.borrow_mut().fail_nth_write(n),
                Fault::Crash(n) => storage.borrow_mut().crash_after_writes(n),
            }
            let result = run(save, &mut store);
            assert!(
                matches!(result, Err(StoreError::Storage(_))),
                "{save:?} {fault:?}: {result:?}"
            );
            // Memory is as before, reads included (even with storage still failing). Export
            // marks are the exception: the file was downloaded, so they count in memory for
            // the session although they could not be saved.
            let memory = if matches!(save, Save::MarkExported) {
                &after
            } else {
                &before
            };
            assert_eq!(content(&mut store), *memory, "{save:?} {fault:?}: memory");

            // The next tab opens on what is left.
            storage.borrow_mut().heal();
            let found = reopened(&storage.borrow());
            assert!(
                found == before || found == after,
                "{save:?} {fault:?}: reopened content is neither before nor after"
            );
            assert_eq!(
                found, before,
                "{save:?} {fault:?}: a refused save is undone"
            );

            // The store that failed is still usable: the same save now succeeds.
            run(save, &mut store).unwrap();
            let now = content(&mut store);
            assert_eq!(
                reopened(&storage.borrow()),
                now,
                "{save:?} {fault:?}: retry"
            );
            assert_eq!(now.summaries.len(), after.summaries.len());
        }
    }
    assert!(trials > 30, "{trials} trials");
}

#[test]
fn saves_of_several_keys_use_the_journal_and_leave_none_behind() {
    let base = base();
    for save in SAVES {
        let storage = shared(base.clone());
        let mut store = open(storage.clone(), 7);
        run(save, &mut store).unwrap();
        assert_eq!(
            storage.borrow().get("sopir/jurnal").unwrap(),
            None,
            "{save:?}"
        );
    }
    // A crash after the journal was written leaves it; opening undoes the save.
    let storage = shared(base.clone());
    let mut store = open(storage.clone(), 7);
    storage.borrow_mut().crash_after_writes(2);
    assert!(run(Save::Import, &mut store).is_err());
    storage.borrow_mut().heal();
    assert!(storage.borrow().get("sopir/jurnal").unwrap().is_some());
    let reopened = open(storage.borrow().clone(), 8);
    assert!(reopened
        .report()
        .iter()
        .any(|p| matches!(p.kind, sopir::store::ProblemKind::JournalRolledBack { .. })));
    assert_eq!(
        entries(&reopened.into_storage()),
        entries(&base),
        "undone to the byte"
    );
}
