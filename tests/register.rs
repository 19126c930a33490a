//! The buku agenda: numbering per office, year and direction, without gaps or duplicates.

use chrono::NaiveDate;
use sopir::core::case::{CaseId, OfficeId};
use sopir::core::register::{
    format_number, letter_specs, to_csv, AgendaFormats, Direction, LetterEntry, Register,
    RegisterError, RegisterRow,
};
use sopir::core::sop::Sop;
use sopir::i18n::Lang;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn entry(office: &str, direction: Direction, seq: u32, day: NaiveDate) -> LetterEntry {
    let formats = AgendaFormats::default();
    LetterEntry {
        direction,
        office: OfficeId::from(office),
        office_name: format!("Kantor {office}"),
        year: day.format("%Y").to_string().parse().unwrap(),
        seq,
        number: format_number(
            formats.of(direction),
            seq,
            day.format("%Y").to_string().parse().unwrap(),
        ),
        date: day,
        from: "Operator".into(),
        to: "Kepala Bidang Perindustrian".into(),
        subject: "Nota Dinas".into(),
        kind: "nota_dinas".into(),
    }
}

fn row(case: &str, step: u8, entry: LetterEntry) -> RegisterRow {
    RegisterRow {
        entry,
        case: CaseId::from(case),
        company: format!("PT {case}"),
        round: 1,
        step,
    }
}

#[test]
fn numbers_run_per_office_year_and_direction() {
    let day = date(2025, 3, 3);
    let register = Register::new(vec![
        row("a", 5, entry("pontianak", Direction::Keluar, 1, day)),
        row("a", 6, entry("pontianak", Direction::Keluar, 2, day)),
        row("a", 4, entry("pontianak", Direction::Masuk, 1, day)),
        row("b", 5, entry("singkawang", Direction::Keluar, 1, day)),
    ]);
    let pontianak = OfficeId::from("pontianak");
    assert_eq!(register.next_seq(&pontianak, Direction::Keluar, 2025), 3);
    assert_eq!(register.next_seq(&pontianak, Direction::Masuk, 2025), 2);
    assert_eq!(
        register.next_seq(&OfficeId::from("singkawang"), Direction::Keluar, 2025),
        2
    );
    // A new year starts at 1.
    assert_eq!(register.next_seq(&pontianak, Direction::Keluar, 2026), 1);
    assert_eq!(
        format_number("530/{nomor}/DPPESDM/{tahun}", 7, 2025),
        "530/007/DPPESDM/2025"
    );
}

#[test]
fn year_rollover_checks_the_new_book() {
    let register = Register::new(vec![row(
        "a",
        5,
        entry("pontianak", Direction::Keluar, 41, date(2025, 12, 30)),
    )]);
    let first = entry("pontianak", Direction::Keluar, 1, date(2026, 1, 2));
    assert_eq!(
        register.check(&CaseId::from("b"), 1, 5, &first, &AgendaFormats::default()),
        Ok(())
    );
    let continued = entry("pontianak", Direction::Keluar, 42, date(2026, 1, 2));
    assert!(matches!(
        register.check(
            &CaseId::from("b"),
            1,
            5,
            &continued,
            &AgendaFormats::default()
        ),
        Err(RegisterError::OutOfOrder {
            given: 42,
            expected: 1,
            ..
        })
    ));
    let mut wrong_year = entry("pontianak", Direction::Keluar, 42, date(2026, 1, 2));
    wrong_year.year = 2025;
    assert!(matches!(
        register.check(
            &CaseId::from("b"),
            1,
            5,
            &wrong_year,
            &AgendaFormats::default()
        ),
        Err(RegisterError::WrongYear { .. })
    ));
}

#[test]
fn duplicates_and_gaps_are_refused_naming_the_existing_entry() {
    let day = date(2025, 3, 3);
    let register = Register::new(vec![
        row("a", 5, entry("pontianak", Direction::Keluar, 1, day)),
        row("a", 6, entry("pontianak", Direction::Keluar, 2, day)),
    ]);
    let duplicate = entry("pontianak", Direction::Keluar, 2, day);
    let err = register
        .check(
            &CaseId::from("b"),
            1,
            5,
            &duplicate,
            &AgendaFormats::default(),
        )
        .unwrap_err();
    assert_eq!(
        err.message(Lang::Id),
        "Nomor agenda 530/002/DPPESDM/2025 sudah dipakai surat langkah 6 kasus PT a."
    );
    let gap = entry("pontianak", Direction::Keluar, 4, day);
    let err = register
        .check(&CaseId::from("b"), 1, 5, &gap, &AgendaFormats::default())
        .unwrap_err();
    assert_eq!(
        err.message(Lang::Id),
        "Nomor agenda 4 melompat atau mundur: nomor berikutnya adalah 3 (nomor terakhir 530/002/DPPESDM/2025)."
    );
    // A refused entry takes nothing: the next number is still 3, and 3 is accepted.
    assert_eq!(
        register.next_seq(&OfficeId::from("pontianak"), Direction::Keluar, 2025),
        3
    );
    assert_eq!(
        register.check(
            &CaseId::from("b"),
            1,
            5,
            &entry("pontianak", Direction::Keluar, 3, day),
            &AgendaFormats::default()
        ),
        Ok(())
    );
    // The step that holds a number may keep it when it is redone (after a return at 13).
    assert_eq!(
        register.check(
            &CaseId::from("a"),
            1,
            6,
            &entry("pontianak", Direction::Keluar, 2, day),
            &AgendaFormats::default()
        ),
        Ok(())
    );
}

#[test]
fn two_offices_never_collide_and_the_register_names_the_issuer() {
    let day = date(2025, 3, 3);
    let merged = Register::new(vec![
        row("a", 5, entry("pontianak", Direction::Keluar, 1, day)),
        row("a", 12, entry("singkawang", Direction::Keluar, 1, day)),
    ]);
    assert_eq!(merged.rows().len(), 2);
    let offices: Vec<&str> = merged
        .rows()
        .iter()
        .map(|r| r.entry.office_name.as_str())
        .collect();
    assert_eq!(offices, ["Kantor pontianak", "Kantor singkawang"]);
    // Each office goes on from its own book.
    assert_eq!(
        merged.next_seq(&OfficeId::from("singkawang"), Direction::Keluar, 2025),
        2
    );
}

#[test]
fn csv_has_a_header_and_one_row_per_letter() {
    let day = date(2025, 3, 3);
    let mut odd = entry("pontianak", Direction::Masuk, 1, day);
    odd.subject = "Permohonan \"verifikasi\", tahap 2".into();
    let register = Register::new(vec![
        row("a", 4, odd),
        row("a", 5, entry("pontianak", Direction::Keluar, 1, day)),
    ]);
    let csv = to_csv(register.rows(), Lang::Id, |_| false);
    assert!(csv.starts_with('\u{feff}'));
    let lines: Vec<&str> = csv.trim_end().split("\r\n").collect();
    assert_eq!(lines.len(), 3);
    assert!(lines[0].ends_with("Nomor agenda,Nomor urut,Arah,Tanggal,Dari,Kepada,Perihal,Jenis dokumen,Perusahaan,Langkah,Kantor,Nomor ganda"));
    assert!(lines[1].contains("\"Permohonan \"\"verifikasi\"\", tahap 2\""));
    assert!(lines[2].starts_with("530/001/DPPESDM/2025,1,keluar,2025-03-03,"));
}

#[test]
fn the_letters_of_the_sop_are_its_own_documents() {
    let sop = Sop::embedded();
    let steps: Vec<u8> = letter_specs().iter().map(|s| s.step).collect();
    assert_eq!(steps, [4, 5, 6, 12, 17]);
    for spec in letter_specs() {
        let step = sop.step(spec.step).unwrap();
        assert_eq!(
            step.document.as_deref(),
            Some(spec.kind.as_str()),
            "step {}",
            spec.step
        );
    }
}
