//! The buku agenda through the store: a letter takes the next number of the office's book,
//! a duplicate or a gap is refused without taking a number, and merged copies from two
//! offices bring both offices' letters without collision.

mod store_support;

use chrono::{DateTime, Datelike, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{Case, CaseId, Command};
use sopir::core::register::{format_number, letter_spec, AgendaFormats, Direction, LetterEntry};
use sopir::store::{MemoryStorage, Storage, Store, StoreError};
use std::cell::RefCell;
use std::rc::Rc;
use store_support::*;

/// The sample command of the case's current step, with its letter numbered `seq` when the
/// step has one.
fn command<S: Storage>(
    store: &Store<S>,
    case: &Case,
    seq: Option<u32>,
    at: DateTime<Utc>,
) -> (sopir::core::case::Author, Command) {
    let (author, command) = next(case, at).expect("not finished");
    let Command::Complete { step, data } = command else {
        unreachable!()
    };
    let Some(spec) = letter_spec(step) else {
        return (author, Command::Complete { step, data });
    };
    let day = wib_date(at);
    let seq = seq.unwrap_or_else(|| {
        store
            .register()
            .next_seq(&store.office().id, spec.direction, day.year())
    });
    let number = format_number(AgendaFormats::default().of(spec.direction), seq, day.year());
    let data = match data {
        sopir::core::case::StepData::Letter { date, note, .. } => {
            sopir::core::case::StepData::Letter {
                number: number.clone(),
                date,
                note,
            }
        }
        sopir::core::case::StepData::Disposition {
            instruction,
            surat_tugas_date,
            ..
        } => sopir::core::case::StepData::Disposition {
            instruction,
            surat_tugas_number: number.clone(),
            surat_tugas_date,
        },
        other => other,
    };
    let letter = LetterEntry {
        direction: spec.direction,
        office: store.office().id.clone(),
        office_name: store.office().name.clone(),
        year: day.year(),
        seq,
        number,
        date: data.date().unwrap_or(day),
        from: "Dari".into(),
        to: "Kepada".into(),
        subject: "Perihal".into(),
        kind: spec.kind.clone(),
    };
    (
        author,
        Command::CompleteWithLetter {
            step,
            data,
            letter: Box::new(letter),
        },
    )
}

/// Walks a stored case through `steps` steps, numbering its letters from the register.
fn walk<S: Storage>(store: &mut Store<S>, id: &CaseId, steps: usize) {
    for _ in 0..steps {
        let case = store.case(id).unwrap();
        let at = case.summary().last_event_at + chrono::Duration::hours(1);
        let (author, command) = command(store, &case, None, at);
        store.execute(sop(), id, command, author, at).unwrap();
    }
}

fn numbers<S: Storage>(store: &Store<S>) -> Vec<String> {
    store
        .register()
        .rows()
        .iter()
        .map(|r| r.entry.number.clone())
        .collect()
}

#[test]
fn letters_take_consecutive_numbers_across_cases() {
    let mut store = open(MemoryStorage::new(), 1);
    let a = new_case(&mut store, 1);
    let b = new_case(&mut store, 2);
    walk(&mut store, &a, 6); // steps 1-6: letters at 4 (masuk), 5 and 6 (keluar)
    walk(&mut store, &b, 5); // steps 1-5: letters at 4 and 5
    assert_eq!(
        numbers(&store),
        [
            "001/SM/DPPESDM/2025",
            "002/SM/DPPESDM/2025",
            "530/001/DPPESDM/2025",
            "530/002/DPPESDM/2025",
            "530/003/DPPESDM/2025"
        ]
    );
    // The next numbers, read without building the register, agree with it.
    for (direction, next) in [(Direction::Masuk, 3), (Direction::Keluar, 4)] {
        assert_eq!(store.next_letter_seq(direction, 2025), next);
        let office = &store.office().id;
        assert_eq!(store.register().next_seq(office, direction, 2025), next);
    }
    assert_eq!(store.next_letter_seq(Direction::Keluar, 2026), 1);
    // The stored summaries carry the letters: a reopened store has the same register,
    // whether it reads the records or the summary index.
    let before = numbers(&store);
    let summaries = store.summaries().clone();
    let reopened = open(store.into_storage(), 2);
    assert_eq!(numbers(&reopened), before);
    let mut reopened = reopened;
    assert!(reopened.refresh_index());
    let from_index = open(reopened.into_storage(), 3);
    assert_eq!(from_index.index_hits(), 2);
    assert_eq!(numbers(&from_index), before);
    assert_eq!(from_index.summaries(), &summaries);
}

#[test]
fn a_duplicate_or_a_gap_is_refused_and_takes_no_number() {
    let mut store = open(MemoryStorage::new(), 3);
    let a = new_case(&mut store, 1);
    let b = new_case(&mut store, 2);
    walk(&mut store, &a, 5);
    walk(&mut store, &b, 4); // b waits at step 5
    let case = store.case(&b).unwrap();
    let at = case.summary().last_event_at + chrono::Duration::hours(1);
    for taken_or_gap in [1, 3] {
        let (author, cmd) = command(&store, &case, Some(taken_or_gap), at);
        let err = store.execute(sop(), &b, cmd, author, at).unwrap_err();
        assert!(matches!(err, StoreError::Register(_)), "{err}");
    }
    let (author, cmd) = command(&store, &case, Some(1), at);
    let err = store.execute(sop(), &b, cmd, author, at).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Nomor agenda 530/001/DPPESDM/2025 sudah dipakai surat langkah 5 kasus"),
        "{err}"
    );
    assert_eq!(
        store.case(&b).unwrap().state().current_step(),
        Some(5),
        "nothing recorded"
    );
    let (author, cmd) = command(&store, &case, Some(2), at);
    store.execute(sop(), &b, cmd, author, at).unwrap();
    assert!(
        numbers(&store).contains(&"530/002/DPPESDM/2025".to_string()),
        "no gap after the refusals"
    );
}

#[test]
fn a_letter_number_another_tab_just_took_is_refused_before_its_storage_event() {
    let storage = Rc::new(RefCell::new(MemoryStorage::new()));
    let mut tab_a = open(storage.clone(), 4);
    let mut tab_b = open(storage.clone(), 5);
    assert_eq!(tab_a.office().id, tab_b.office().id, "one office, one book");
    let a = new_case(&mut tab_a, 1);
    let b = new_case(&mut tab_b, 2);
    walk(&mut tab_b, &b, 3); // b waits at step 4 (surat masuk) in tab B
    walk(&mut tab_a, &a, 4); // tab A numbers its surat masuk 001; B gets no storage event
    let case = tab_b.case(&b).unwrap();
    let at = case.summary().last_event_at + chrono::Duration::hours(1);
    let (author, cmd) = command(&tab_b, &case, Some(1), at);
    let err = tab_b.execute(sop(), &b, cmd, author, at).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Nomor agenda 001/SM/DPPESDM/2025 sudah dipakai surat langkah 4 kasus"),
        "{err}"
    );
    let (author, cmd) = command(&tab_b, &case, Some(2), at);
    tab_b.execute(sop(), &b, cmd, author, at).unwrap();
    assert_eq!(
        numbers(&open(storage.clone(), 6)),
        ["001/SM/DPPESDM/2025", "002/SM/DPPESDM/2025"]
    );
}

#[test]
fn two_offices_letters_merge_without_collision() {
    let mut pontianak = open(MemoryStorage::new(), 5);
    let id = new_case(&mut pontianak, 3);
    walk(&mut pontianak, &id, 5); // Pontianak numbered steps 4 and 5
    let copy = pontianak.case(&id).unwrap();

    // Singkawang's office takes the case over from a file and numbers its own letters.
    let mut singkawang = open(MemoryStorage::new(), 6);
    singkawang.commit_import(sop(), vec![copy.clone()]).unwrap();
    walk(&mut singkawang, &id, 1); // step 6 (Surat Tugas) in Singkawang's book: its 001
    let theirs = singkawang.case(&id).unwrap();
    assert_ne!(pontianak.office().id, singkawang.office().id);

    pontianak.commit_import(sop(), vec![theirs]).unwrap();
    let rows = pontianak.register();
    let issued: Vec<(String, String)> = rows
        .rows()
        .iter()
        .map(|r| (r.entry.office.to_string(), r.entry.number.clone()))
        .collect();
    assert_eq!(issued.len(), 3);
    // The same number in two books is two letters, each named with its office.
    let keluar_001 = issued
        .iter()
        .filter(|(_, n)| n == "530/001/DPPESDM/2025")
        .count();
    assert_eq!(keluar_001, 2);
    // Pontianak's own book goes on from its own last number.
    let spec = letter_spec(12).unwrap();
    assert_eq!(
        rows.next_seq(&pontianak.office().id, spec.direction, 2025),
        2
    );
}
