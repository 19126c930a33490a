//! Writes the golden case files `tests/golden/casefile-v<N>-*.json`: real exported files of
//! the current file schema N, with fixed ids and times, so a second run writes the same
//! bytes (schema 1's were written by the build that had it). They are
//! kept as they are: `tests/casefile_golden.rs` checks that files written by this version
//! import forever. Do not regenerate them for a new schema; add new ones.
//!
//! cargo run --example make_golden [-- OUT_DIR]

#[path = "common/walk.rs"]
mod walk;

use sopir::core::case::{Case, Command};
use sopir::core::casefile::{export, ExportMeta, Mode, Office, Scope, FILE_SCHEMA};
use sopir::core::offices::OfficeName;
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use walk::{utc, uuid, Office as Desk};

fn meta(scope: Scope) -> ExportMeta {
    ExportMeta {
        // Fixed, not the crate version: the bytes must not change when the app does.
        app_version: "0.1.0".into(),
        sop: Sop::embedded().reference(),
        office: Office {
            id: uuid("office/pontianak").as_str().into(),
            name: "DPPESDM Provinsi Kalimantan Barat".into(),
        },
        // From file schema 3 on, the file names the copies whose events it holds.
        offices: [
            (
                uuid("office/pontianak"),
                "DPPESDM Provinsi Kalimantan Barat",
                "PC Operator",
            ),
            (uuid("office/sanggau"), "UPT DPPESDM Sanggau", ""),
        ]
        .into_iter()
        .map(|(id, name, copy)| (id.as_str().into(), OfficeName::new(name, copy)))
        .collect(),
        exported_at: utc(2025, 3, 14, 8, 30),
        mode: Mode::Resmi,
        scope,
    }
}

/// A complete case, effective after one round with a field inspection.
fn effective(desk: &mut Desk) -> Case {
    let sop = Sop::embedded();
    desk.now = utc(2025, 1, 6, 1, 15);
    let mut case = desk.open(sop, "golden-effective", 0);
    desk.walk_to_end(sop, &mut case, Choices::default(), 150);
    case
}

/// Returned once at step 13, then effective.
fn returned(desk: &mut Desk) -> Case {
    let sop = Sop::embedded();
    desk.now = utc(2025, 1, 13, 1, 30);
    let mut case = desk.open(sop, "golden-returned", 1);
    let choices = Choices {
        return_once: true,
        ..Choices::default()
    };
    desk.walk_to_end(sop, &mut case, choices, 120);
    case
}

/// Round 1 ends "belum efektif" (trial production not ready); round 2, without a field
/// inspection, ends effective.
fn two_rounds(desk: &mut Desk) -> Case {
    let sop = Sop::embedded();
    desk.now = utc(2025, 1, 20, 2, 0);
    let mut case = desk.open(sop, "golden-two-rounds", 2);
    let not_ready = Choices {
        ready: false,
        ..Choices::default()
    };
    while case.state().round_number() == 1 {
        desk.step(sop, &mut case, not_ready, 180).unwrap();
    }
    let second = Choices {
        inspection: false,
        ..Choices::default()
    };
    desk.walk_to_end(sop, &mut case, second, 180);
    case
}

/// Waiting at step 9 (the field-inspection decision).
fn in_progress(desk: &mut Desk) -> Case {
    let sop = Sop::embedded();
    desk.now = utc(2025, 3, 3, 1, 0);
    let mut case = desk.open(sop, "golden-in-progress", 3);
    desk.walk_to(sop, &mut case, 9, Choices::default(), 90);
    case
}

/// Two offices decided step 9 differently without knowing of each other; the Tim Teknis
/// kept the "no field inspection" record and the case went on to step 12.
fn resolved_conflict(a: &mut Desk) -> Case {
    let sop = Sop::embedded();
    a.now = utc(2025, 2, 10, 1, 0);
    let mut mine = a.open(sop, "golden-conflict", 4);
    a.walk_to(sop, &mut mine, 9, Choices::default(), 90);
    let mut b = Desk::new(&uuid("office/sanggau"), a.now);
    let mut theirs = mine.clone();
    a.step(sop, &mut mine, Choices::default(), 60).unwrap();
    let no = Choices {
        inspection: false,
        ..Choices::default()
    };
    b.step(sop, &mut theirs, no, 75).unwrap();
    let mut case = mine.merge(sop, theirs.events()).unwrap();
    let conflict = case.state().conflicts[0].clone();
    a.now = b.now + chrono::Duration::hours(20);
    let keep = theirs.events().last().unwrap().id.clone();
    a.act(
        sop,
        &mut case,
        "tim_teknis",
        Command::ResolveConflict {
            round: conflict.round,
            step: conflict.step,
            keep,
            reason: "Rapat Tim Teknis: data SIINAS dan foto lokasi sudah memadai.".into(),
        },
    )
    .unwrap();
    a.walk_to(sop, &mut case, 12, no, 90);
    case
}

fn main() {
    let out = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "tests/golden".to_string());
    std::fs::create_dir_all(&out).unwrap();
    // One installation: its event sequence runs on from case to case.
    let mut desk = Desk::new(&uuid("office/pontianak"), utc(2025, 1, 6, 1, 0));
    let one = [effective(&mut desk)];
    let several = [
        returned(&mut desk),
        two_rounds(&mut desk),
        in_progress(&mut desk),
        resolved_conflict(&mut desk),
    ];
    let files = [
        (
            format!("casefile-v{FILE_SCHEMA}-satu-kasus.json"),
            export(&one, meta(Scope::Selection)),
        ),
        (
            format!("casefile-v{FILE_SCHEMA}-beberapa-kasus.json"),
            export(&several, meta(Scope::All)),
        ),
    ];
    for (name, exported) in files {
        let path = format!("{out}/{name}");
        std::fs::write(&path, &exported.json).unwrap();
        println!(
            "{path}: {} bytes (exported as {})",
            exported.json.len(),
            exported.file_name
        );
    }
}
