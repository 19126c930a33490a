//! The buku agenda through the store: a letter takes the next number of the office's book,
//! a duplicate or a gap is refused without taking a number, and merged copies from two
//! offices bring both offices' letters without collision.

mod store_support;

use chrono::{DateTime, Datelike, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{Case, CaseId, Command};
use sopir::core::casefile::{
    export, read, CaseFile, Expect, ExportMeta, Mode, Office as FileOffice, Scope,
};
use sopir::core::register::{letter_spec, to_csv, Direction, LetterEntry};
use sopir::i18n::Lang;
use sopir::store::{MemoryStorage, Storage, Store, StoreError, DEFAULT_OFFICE_NAME};
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
    let seq = seq.unwrap_or_else(|| store.next_letter_seq(spec.direction, day.year()));
    let number = store
        .settings()
        .agenda
        .number(spec.direction, seq, day.year());
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
fn a_copy_that_knows_another_copys_letters_does_not_give_their_numbers() {
    let mut pontianak = open(MemoryStorage::new(), 5);
    let id = new_case(&mut pontianak, 3);
    walk(&mut pontianak, &id, 5); // Pontianak numbered steps 4 and 5
    let copy = pontianak.case(&id).unwrap();

    // Singkawang's office takes the case over from a file and numbers its own letters, with
    // the same (default) settings: its first outgoing number would be Pontianak's 001.
    let mut singkawang = open(MemoryStorage::new(), 6);
    singkawang.commit_import(sop(), vec![copy.clone()]).unwrap();
    assert_eq!(singkawang.next_letter_seq(Direction::Keluar, 2025), 2);
    walk(&mut singkawang, &id, 1); // step 6 (Surat Tugas): 002, past Pontianak's 001
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
    assert!(issued.contains(&(
        singkawang.office().id.to_string(),
        "530/002/DPPESDM/2025".into()
    )));
    assert!(rows.duplicates().is_empty(), "{issued:?}");
    // Pontianak's own book goes on past the number Singkawang gave.
    assert_eq!(pontianak.next_letter_seq(Direction::Keluar, 2025), 3);
    // And a number Singkawang already gave is refused, naming its letter.
    let case = pontianak.case(&id).unwrap();
    let at = case.summary().last_event_at + chrono::Duration::hours(1);
    walk(&mut pontianak, &id, 5); // steps 7-11, no letters
    let case = pontianak.case(&id).unwrap();
    assert_eq!(case.state().current_step(), Some(12));
    let (author, cmd) = command(&pontianak, &case, Some(2), at + chrono::Duration::days(3));
    let err = pontianak
        .execute(sop(), &id, cmd, author, at + chrono::Duration::days(3))
        .unwrap_err();
    assert!(
        err.to_string()
            .starts_with("Nomor agenda 530/002/DPPESDM/2025 sudah dipakai surat langkah 6 kasus"),
        "{err}"
    );
}

/// Two copies on default settings number their letters before they see each other's:
/// the same numbers. The import preview counts them before anything is stored, the
/// register lists them after, and the CSV marks them: never silently two letters with one
/// number.
#[test]
fn two_copies_that_number_alike_are_shown_their_duplicates() {
    let mut a = open(MemoryStorage::new(), 11);
    let mut b = open(MemoryStorage::new(), 12);
    let x = new_case(&mut a, 1);
    let y = new_case(&mut b, 2);
    walk(&mut a, &x, 5); // 001/SM and 530/001 in A's books
    walk(&mut b, &y, 5); // the same numbers in B's
    let from_b = export_of(&mut b);

    let file = read_file(&from_b);
    let preview = sopir::core::casefile::preview(file, sop(), |_| None);
    let duplicates = preview.agenda_duplicates(&a.register());
    let numbers: Vec<&str> = duplicates.iter().map(|d| d.number.as_str()).collect();
    assert_eq!(numbers, ["001/SM/DPPESDM/2025", "530/001/DPPESDM/2025"]);
    let names = a.office_directory();
    let text = duplicates[1].describe(Lang::Id, |o| names.office(o, Lang::Id));
    assert!(
        text.starts_with("Nomor 530/001/DPPESDM/2025 (surat keluar) dipakai 2 surat: "),
        "{text}"
    );
    let mine = format!("{} langkah 5 (salinan ini)", a.summary(&x).unwrap().company);
    // B is not known before its file is imported: told apart by the start of its id.
    let theirs = format!(
        "{} langkah 5 (salinan yang belum dikenal ({}))",
        b.summary(&y).unwrap().company,
        &b.office().id.as_str()[..8]
    );
    assert!(text.contains(&mine) && text.contains(&theirs), "{text}");

    let (exporter, offices) = (preview.exporter.clone(), preview.offices.clone());
    a.commit_import_named(sop(), preview.cases_to_commit(), &exporter, &offices)
        .unwrap();
    let register = a.register();
    let duplicates = register.duplicates();
    assert_eq!(duplicates.len(), 2);
    assert!(duplicates.iter().all(|d| d.letters.len() == 2));
    // B is named now: the file said who it is.
    let names = a.office_directory();
    let text = duplicates[1].describe(Lang::Id, |o| names.office(o, Lang::Id));
    assert!(
        text.contains(&format!("langkah 5 ({DEFAULT_OFFICE_NAME})")),
        "{text}"
    );
    // The CSV marks the four letters.
    let csv = to_csv(register.rows(), Lang::Id, |r| {
        duplicates.iter().any(|d| d.holds(r))
    });
    let marked = csv.lines().filter(|l| l.ends_with(",ya")).count();
    assert_eq!(marked, 4, "{csv}");
    // Importing the same file again adds no new duplicate to warn about.
    let stored: Vec<Case> = a.all_cases().unwrap();
    let again = sopir::core::casefile::preview(read_file(&from_b), sop(), |id| {
        stored.iter().find(|c| c.id() == id).cloned()
    });
    assert!(again.agenda_duplicates(&a.register()).is_empty());
}

/// Each copy its own block of numbers: the official format stays, and no number is given
/// twice. A block used up is refused with its own message. A copy code in the format keeps
/// the numbers apart too.
#[test]
fn copies_with_their_own_blocks_or_codes_never_collide() {
    let mut a = open(MemoryStorage::new(), 21);
    let mut b = open(MemoryStorage::new(), 22);
    let mut settings = b.settings().clone();
    settings.agenda.block_start = 500;
    settings.agenda.block_end = Some(500);
    b.save_settings(settings).unwrap();
    let x = new_case(&mut a, 1);
    let y = new_case(&mut b, 2);
    walk(&mut a, &x, 5);
    walk(&mut b, &y, 4); // step 4: 500/SM/DPPESDM/2025
    let numbers = |store: &Store<MemoryStorage>| numbers(store);
    assert_eq!(numbers(&b), ["500/SM/DPPESDM/2025"]);
    walk(&mut b, &y, 1); // step 5: 530/500/DPPESDM/2025, the block's last
    assert_eq!(numbers(&b), ["500/SM/DPPESDM/2025", "530/500/DPPESDM/2025"]);

    let file = read_file(&export_of(&mut b));
    let preview = sopir::core::casefile::preview(file, sop(), |_| None);
    assert!(preview.agenda_duplicates(&a.register()).is_empty());
    a.commit_import(sop(), preview.cases_to_commit()).unwrap();
    assert_eq!(a.register().rows().len(), 4);
    assert!(a.register().duplicates().is_empty());

    // B's second incoming letter: its block (500 to 500) is used up.
    let z = new_case(&mut b, 3);
    walk(&mut b, &z, 3);
    let case = b.case(&z).unwrap();
    let at = case.summary().last_event_at + chrono::Duration::hours(1);
    let (author, cmd) = command(&b, &case, None, at);
    let err = b.execute(sop(), &z, cmd, author, at).unwrap_err();
    assert_eq!(
        err.to_string(),
        "Blok nomor agenda salinan ini untuk surat masuk tahun 2025 (nomor 500 sampai 500) sudah habis. Atur blok nomor yang baru di Pengaturan, bagian Buku Agenda."
    );
    assert_eq!(b.case(&z).unwrap().state().current_step(), Some(4));
    // A new block: numbering goes on from its start.
    let mut settings = b.settings().clone();
    settings.agenda.block_start = 700;
    settings.agenda.block_end = None;
    b.save_settings(settings).unwrap();
    walk(&mut b, &z, 2);
    assert!(numbers(&b).contains(&"700/SM/DPPESDM/2025".to_string()));
    assert!(numbers(&b).contains(&"530/700/DPPESDM/2025".to_string()));

    // A code in the format: C's numbers differ from A's with the same running numbers.
    let mut c = open(MemoryStorage::new(), 23);
    let mut settings = c.settings().clone();
    settings.agenda.keluar = "530/{nomor}/DPPESDM-{kode}/{tahun}".into();
    settings.agenda.code = "PC2".into();
    c.save_settings(settings).unwrap();
    let w = new_case(&mut c, 4);
    walk(&mut c, &w, 5);
    assert_eq!(
        numbers(&c),
        ["001/SM/DPPESDM/2025", "530/001/DPPESDM-PC2/2025"]
    );
    let file = read_file(&export_of(&mut c));
    let preview = sopir::core::casefile::preview(file, sop(), |_| None);
    let twice: Vec<String> = preview
        .agenda_duplicates(&a.register())
        .into_iter()
        .map(|d| d.number)
        .collect();
    // The code is only in C's outgoing format: its incoming 001 is A's too.
    assert_eq!(twice, ["001/SM/DPPESDM/2025"]);
}

/// The CSV of the register neutralises what a spreadsheet would run, here arriving
/// through an imported file (OWASP CSV injection).
#[test]
fn formulas_from_an_imported_file_are_neutralised_in_the_csv() {
    let mut b = open(MemoryStorage::new(), 31);
    let mut identity = sopir::core::sample::identity(1);
    identity.company = "=HYPERLINK(\"http://contoh.invalid\",\"klik\")".into();
    let y = b
        .create_case(sop(), identity, operator(), store_support::now())
        .unwrap();
    walk(&mut b, &y, 4);
    let mut a = open(MemoryStorage::new(), 32);
    let file = read_file(&export_of(&mut b));
    let preview = sopir::core::casefile::preview(file, sop(), |_| None);
    a.commit_import(sop(), preview.cases_to_commit()).unwrap();
    let csv = to_csv(a.register().rows(), Lang::Id, |_| false);
    let row = csv.lines().nth(1).unwrap();
    assert!(
        row.contains(",\"'=HYPERLINK(\"\"http://contoh.invalid\"\",\"\"klik\"\")\","),
        "{row}"
    );
    assert!(!row.contains(",=HYPERLINK"));
}

fn export_of(store: &mut Store<MemoryStorage>) -> String {
    let cases = store.all_cases().unwrap();
    let names = store.office_directory();
    let meta = ExportMeta {
        app_version: "0.1.0".into(),
        sop: sop().reference(),
        office: FileOffice {
            id: store.office().id.clone(),
            name: store.settings().office_name.clone(),
        },
        offices: names.names(),
        exported_at: store_support::now(),
        mode: Mode::Resmi,
        scope: Scope::All,
    };
    export(&cases, meta).json
}

fn read_file(text: &str) -> CaseFile {
    let expect = Expect {
        sop: sop().reference(),
        mode: Mode::Resmi,
    };
    read(text, &expect, sop()).unwrap()
}
