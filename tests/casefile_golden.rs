//! Case files written by every version must import forever. The golden files were written
//! once per file schema by `examples/make_golden.rs` and are never regenerated: if this test
//! fails, a change broke reading files offices already hold. (They name the SOP by its
//! content hash too, so a change to the shipped SOP data makes them "another SOP": that is
//! a decision about old files to make on purpose, not by regenerating them.)

use sopir::core::case::{Case, Outcome, Permit, Position};
use sopir::core::casefile::{preview, read, CaseFile, Expect, Mode, RowKind, FILE_SCHEMA};
use sopir::core::sop::Sop;

/// (schema, one complete case, several cases) per file schema.
const GOLDEN: [(u32, &str, &str); 3] = [
    (
        1,
        include_str!("golden/casefile-v1-satu-kasus.json"),
        include_str!("golden/casefile-v1-beberapa-kasus.json"),
    ),
    (
        2,
        include_str!("golden/casefile-v2-satu-kasus.json"),
        include_str!("golden/casefile-v2-beberapa-kasus.json"),
    ),
    (
        3,
        include_str!("golden/casefile-v3-satu-kasus.json"),
        include_str!("golden/casefile-v3-beberapa-kasus.json"),
    ),
];

#[test]
fn there_is_a_golden_pair_for_every_schema() {
    let schemas: Vec<u32> = GOLDEN.iter().map(|g| g.0).collect();
    assert_eq!(schemas, (1..=FILE_SCHEMA).collect::<Vec<_>>());
}

fn import(schema: u32, text: &str) -> (CaseFile, Vec<Case>) {
    let sop = Sop::embedded();
    let expect = Expect {
        sop: sop.reference(),
        mode: Mode::Resmi,
    };
    let file = read(text, &expect, sop).unwrap_or_else(|e| panic!("golden file refused: {e}"));
    assert_eq!(file.schema, schema);
    let preview = preview(file.clone(), sop, |_| None);
    assert!(preview.rows.iter().all(|r| r.kind == RowKind::New));
    let cases = preview.cases_to_commit();
    assert_eq!(cases.len(), file.cases.len());
    (file, cases)
}

#[test]
fn one_complete_effective_case() {
    for (schema, one, _) in GOLDEN {
        one_complete_effective_case_of(schema, one);
    }
}

fn one_complete_effective_case_of(schema: u32, text: &str) {
    let (file, cases) = import(schema, text);
    assert_eq!(file.office.name, "DPPESDM Provinsi Kalimantan Barat");
    let state = cases[0].state();
    assert_eq!(state.identity.company, "PT Sawit Kapuas Lestari");
    assert_eq!(state.position, Position::Finished);
    assert!(matches!(state.permit, Permit::BerlakuEfektif { .. }));
    assert_eq!(state.rounds.len(), 1);
    assert_eq!(
        state.path.len(),
        20,
        "every step, with the field inspection"
    );
    assert_eq!(state.event_count, 21);
    assert!(state.conflicts.is_empty() && state.superseded.is_empty());
    assert_eq!(
        state.history_hash.to_hex(),
        "fee0be810a73afd14a7cfd4238ad5b2a72daec24323ea4c617e5df8898a91b8b",
        "the history hash printed on documents made from this case"
    );
}

#[test]
fn several_cases_with_a_return_a_second_round_and_a_resolved_conflict() {
    for (schema, _, several) in GOLDEN {
        several_cases_of(schema, several);
    }
}

fn several_cases_of(schema: u32, text: &str) {
    let (file, cases) = import(schema, text);
    assert_eq!(cases.len(), 4);

    let returned = cases[0].state();
    assert_eq!(returned.returns.len(), 1);
    assert_eq!((returned.returns[0].from, returned.returns[0].to), (13, 12));
    assert_eq!(returned.position, Position::Finished);
    assert!(returned.is_effective());

    let two_rounds = cases[1].state();
    assert_eq!(two_rounds.rounds.len(), 2);
    assert_eq!(two_rounds.rounds[0].outcome, Some(Outcome::BelumEfektif));
    assert_eq!(two_rounds.rounds[1].outcome, Some(Outcome::Efektif));
    assert_eq!(
        two_rounds.rounds[1].decision.as_ref().map(|d| d.0),
        Some(false)
    );
    assert!(two_rounds.is_effective());

    let in_progress = cases[2].state();
    assert_eq!(in_progress.position, Position::At(9));
    assert!(!in_progress.is_effective());

    let resolved = cases[3].state();
    assert!(resolved.conflicts.is_empty());
    assert_eq!(resolved.position, Position::At(12));
    assert_eq!(resolved.round().decision.as_ref().map(|d| d.0), Some(false));
    assert_eq!(resolved.superseded.len(), 1, "the set-aside record is kept");
    let offices: std::collections::BTreeSet<_> =
        cases[3].events().iter().map(|e| e.office.clone()).collect();
    assert_eq!(offices.len(), 2);
    // From schema 3 the file names both copies; before, only the exporting office.
    let named: Vec<(String, String)> = file
        .named_offices()
        .into_iter()
        .map(|o| (o.name, o.copy))
        .collect();
    if schema >= 3 {
        assert_eq!(named.len(), 2);
        assert!(named.contains(&("UPT DPPESDM Sanggau".into(), String::new())));
        assert!(named.contains(&(
            "DPPESDM Provinsi Kalimantan Barat".into(),
            "PC Operator".into()
        )));
    } else {
        assert!(file.offices.is_empty());
        assert_eq!(
            named,
            [("DPPESDM Provinsi Kalimantan Barat".into(), String::new())]
        );
    }
}
