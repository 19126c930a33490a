//! A full store: every save that needs more room is refused with `Quota`, and everything
//! stored stays intact and readable, in memory and after reopening.

mod store_support;

use sopir::core::case::OfficeId;
use sopir::core::sample;
use sopir::store::{MemoryStorage, Storage, StorageError, StoreError};
use store_support::*;

const QUOTA: usize = 60_000;

#[test]
fn a_full_store_refuses_what_does_not_fit_and_keeps_everything() {
    let storage = shared(MemoryStorage::with_quota(QUOTA));
    let mut store = open(storage.clone(), 1);
    let office = store.office().id.clone();
    let midway = walked(500, 500, &office, Some(3));
    let midway_id = midway.id().clone();
    store.commit_import(sop(), vec![midway]).unwrap();
    // Fill with complete cases until the quota refuses one.
    let mut n = 0;
    let refused = loop {
        let case = walked(n, 100 + u64::from(n), &office, None);
        match store.commit_import(sop(), vec![case]) {
            Ok(()) => n += 1,
            Err(e) => break e,
        }
    };
    assert_eq!(refused, StoreError::Storage(StorageError::Quota));
    assert!(n > 10, "{n} cases fit in {QUOTA} units");
    // Full to the last unit: any save that needs more room is refused.
    let used = storage.borrow().used_units();
    storage.borrow_mut().set_quota(used);
    assert_eq!(store.usage().used_units, used);
    assert!(store.usage().warn());
    let before = content(&mut store);
    let stored = entries(&storage.borrow());

    let quota = Err(StoreError::Storage(StorageError::Quota));
    // A new case.
    assert_eq!(
        store
            .create_case(sop(), sample::identity(900), operator(), now())
            .map(|_| ()),
        quota
    );
    // The next step of a case (its record grows).
    let case = store.case(&midway_id).unwrap();
    let (author, command) = next(&case, now()).unwrap();
    assert_eq!(
        store.execute(sop(), &midway_id, command, author, now()),
        quota
    );
    // An import of several cases: the journal may fit, a later write not.
    let other = OfficeId::from("kantor-lain");
    let imports = (0..3)
        .map(|i| walked(700 + i, 700 + u64::from(i), &other, None))
        .collect();
    assert_eq!(store.commit_import(sop(), imports), quota);
    // Larger settings.
    let mut settings = store.settings().clone();
    settings.letterhead.push("x".repeat(5_000));
    assert_eq!(store.save_settings(settings), quota);
    // The training reset with more than there is room for.
    let many = (0..40)
        .map(|i| walked(800 + i, 800 + u64::from(i), &office, None))
        .collect();
    assert_eq!(store.replace_all(many), quota);

    // Nothing changed, in memory or in storage, and every case still loads.
    assert_eq!(content(&mut store), before);
    assert_eq!(entries(&storage.borrow()), stored);
    assert_eq!(storage.borrow().get("sopir/jurnal").unwrap(), None);
    assert_eq!(reopened(&storage.borrow()), before);

    // Export marks (none were stored yet): the file has been downloaded when they are
    // saved, so they count in memory for this session although storage refuses them.
    let ids: Vec<_> = store.summaries().keys().cloned().collect();
    assert!(store.unexported_changes() > 0);
    assert_eq!(store.mark_exported(&ids), quota);
    assert_eq!(store.unexported_changes(), 0);
    assert!(store.export_marks_unsaved());
    assert_eq!(entries(&storage.borrow()), stored, "nothing written");
    assert_eq!(
        reopened(&storage.borrow()),
        before,
        "a new session counts again"
    );
    // Room again: the next marks are saved, with the session's.
    storage.borrow_mut().set_quota(QUOTA * 2);
    assert_eq!(store.mark_exported(&ids[..1]), Ok(()));
    assert!(!store.export_marks_unsaved());
    assert_eq!(reopened(&storage.borrow()).exports.len(), ids.len());
    let message = StoreError::Storage(StorageError::Quota).message(sopir::i18n::Lang::Id);
    assert!(
        message.contains("penuh") && message.contains("Ekspor"),
        "{message}"
    );
}
