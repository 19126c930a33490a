//! Writes the case files the browser tests import (tests/e2e/files.spec.ts and
//! corrections.spec.ts): one valid file and one file for each way a file can be wrong,
//! each otherwise well formed (content hash and event hashes re-sealed where the fault is
//! elsewhere), so each hits its own check.
//! Made fresh by scripts/test.sh, because they carry the current SOP's hash.
//!
//! cargo run --example e2e_fixtures -- OUT_DIR

#[path = "common/walk.rs"]
mod walk;

use std::collections::HashMap;
use std::path::PathBuf;

use sopir::core::case::step_data::StepData;
use sopir::core::case::{Case, Command, Event, EventBody, EventId};
use sopir::core::casefile::{CaseFile, ExportMeta, Mode, Office, Scope};
use sopir::core::hash::Hash;
use sopir::core::offices::OfficeName;
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use walk::{utc, uuid, Office as Desk};

fn meta(mode: Mode) -> ExportMeta {
    ExportMeta {
        app_version: "0.1.0".into(),
        sop: Sop::embedded().reference(),
        office: Office {
            id: uuid("office/singkawang").as_str().into(),
            name: "Kantor Uji Singkawang".into(),
        },
        // The copies the fixtures' cases were recorded by, with the names a store that
        // knows them would give.
        offices: [
            ("office/singkawang", "Kantor Uji Singkawang", ""),
            ("office/pontianak", "Kantor Uji Pontianak", "PC Operator"),
            (
                "office/singkawang-2",
                "Kantor Uji Singkawang",
                "Laptop Tim Teknis",
            ),
        ]
        .into_iter()
        .map(|(id, name, copy)| (id.into(), OfficeName::new(name, copy)))
        .collect(),
        exported_at: utc(2025, 3, 14, 8, 30),
        mode,
        scope: Scope::Selection,
    }
}

/// A case at step 12 whose texts carry HTML and script payloads: they must show as text.
fn payload_case(desk: &mut Desk) -> Case {
    let sop = Sop::embedded();
    desk.now = utc(2025, 2, 3, 1, 0);
    let mut case = desk.open(sop, "e2e-payload", 6);
    desk.walk_to(sop, &mut case, 12, Choices::default(), 90);
    let mut events = case.into_events();
    for event in &mut events {
        match &mut event.body {
            EventBody::Opened { identity, .. } => {
                identity.company = "PT <img src=x onerror=\"window.__xss=1\"> Jaya".into();
                identity.address = "<script>window.__xss=2</script> Jl. Merdeka".into();
            }
            EventBody::StepCompleted {
                data: StepData::DocumentCheck { findings },
                ..
            } => {
                *findings = "<a href=\"javascript:window.__xss=3\">klik</a> <b>tebal</b>".into();
            }
            _ => {}
        }
    }
    Case::from_events(sop, reseal(events)).expect("payloads are only text")
}

/// Recomputes every event hash (in history order), as a well-meaning but wrong tool would.
fn reseal(mut events: Vec<Event>) -> Vec<Event> {
    let mut hashes: HashMap<EventId, Hash> = HashMap::new();
    for event in &mut events {
        let parents: HashMap<&EventId, &Hash> = hashes.iter().collect();
        event.hash = event.compute_hash(&parents).expect("parents come first");
        hashes.insert(event.id.clone(), event.hash.clone());
    }
    events
}

fn seal(mut file: CaseFile) -> CaseFile {
    file.content_hash = file.compute_hash();
    file
}

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/e2e-fixtures".into()),
    );
    std::fs::create_dir_all(&out).expect("output folder");
    let sop = Sop::embedded();
    let mut desk = Desk::new("office/singkawang", utc(2025, 1, 6, 1, 0));
    let mut case = desk.open(sop, "e2e-valid", 3);
    desk.walk_to_end(sop, &mut case, Choices::default(), 120);
    let payload = payload_case(&mut desk);
    let write =
        |name: &str, text: String| std::fs::write(out.join(name), text).expect("write fixture");

    let valid = CaseFile::new(std::slice::from_ref(&case), meta(Mode::Resmi));
    write("valid.json", valid.to_json());
    write(
        "payload.json",
        CaseFile::new(std::slice::from_ref(&payload), meta(Mode::Resmi)).to_json(),
    );
    write("not-json.json", "Ini bukan JSON {".into());
    write(
        "not-sopir.json",
        r#"{"format":"lain","data":[1,2,3]}"#.into(),
    );

    let mut newer = valid.clone();
    newer.schema = 99;
    write("newer-schema.json", seal(newer).to_json());

    let mut other_sop = valid.clone();
    other_sop.sop.version = "2030.1".into();
    other_sop.sop.hash = Hash::of(b"SOP lain");
    write("other-sop.json", seal(other_sop).to_json());

    let mut bad_hash = valid.clone();
    bad_hash.office.name = "Kantor yang diubah".into();
    write("bad-content-hash.json", bad_hash.to_json());

    let mut edited = valid.clone();
    for event in &mut edited.cases[0].events {
        if let EventBody::StepCompleted {
            data: StepData::Bap(bap),
            ..
        } = &mut event.body
        {
            bap.workforce += 1000;
        }
    }
    write("edited-event.json", seal(edited).to_json());

    let mut duplicate = valid.clone();
    duplicate.cases.push(duplicate.cases[0].clone());
    write("duplicate-case.json", seal(duplicate).to_json());

    // Step 4 removed and the chain re-hashed: intact, but step 5 follows step 3.
    let mut skipped = valid.clone();
    let events = &mut skipped.cases[0].events;
    let step4 = events
        .iter()
        .position(|e| e.step() == Some((1, 4)))
        .expect("step 4");
    let removed = events.remove(step4);
    for event in events.iter_mut() {
        for parent in &mut event.follows {
            if *parent == removed.id {
                *parent = removed.follows[0].clone();
            }
        }
    }
    let resealed = reseal(std::mem::take(events));
    *events = resealed;
    write("does-not-replay.json", seal(skipped).to_json());

    let training = CaseFile::new(std::slice::from_ref(&case), meta(Mode::Latihan));
    write("training.json", training.to_json());
    write(
        "empty.json",
        CaseFile::new(&[], meta(Mode::Resmi)).to_json(),
    );

    // Two offices' copies of one case that part at step 9: Pontianak decided a field
    // inspection is needed and inspected; Singkawang decided it is not and wrote the BAP.
    // Recent, so the 3-month commitment period has not passed when the test runs.
    let recent = chrono::Utc::now() - chrono::Duration::days(3);
    let mut pontianak = Desk::new("office/pontianak", recent);
    let mut shared = pontianak.open(sop, "e2e-conflict", 5);
    pontianak.walk_to(sop, &mut shared, 9, Choices::default(), 60);
    let mut singkawang = Desk::new("office/singkawang-2", pontianak.now);
    let mut theirs = shared.clone();
    pontianak.walk_to(sop, &mut shared, 11, Choices::default(), 45);
    singkawang.walk_to(
        sop,
        &mut theirs,
        12,
        Choices {
            inspection: false,
            ..Choices::default()
        },
        50,
    );
    write(
        "conflict-pontianak.json",
        CaseFile::new(std::slice::from_ref(&shared), meta(Mode::Resmi)).to_json(),
    );
    write(
        "conflict-singkawang.json",
        CaseFile::new(std::slice::from_ref(&theirs), meta(Mode::Resmi)).to_json(),
    );
    // Two offices' copies of one case at step 4 whose step 1 each corrected differently
    // (koreksi of the IP number): a conflict between corrections once both are imported.
    let mut pontianak = Desk::new("office/pontianak-koreksi", recent);
    let mut ours = pontianak.open(sop, "e2e-koreksi", 7);
    pontianak.walk_to(sop, &mut ours, 4, Choices::default(), 40);
    let mut singkawang = Desk::new("office/singkawang-koreksi", pontianak.now);
    let mut copy = ours.clone();
    for (desk, case, role, number) in [
        (&mut pontianak, &mut ours, "operator", "IP-PONTIANAK-01"),
        (&mut singkawang, &mut copy, "kabid", "IP-SINGKAWANG-01"),
    ] {
        desk.now += chrono::Duration::minutes(10);
        let record = case.state().path[0].event.clone();
        let now = case.recorded(&record).expect("step 1 stands");
        let StepData::IpIssued { date, .. } = now.data else {
            unreachable!("step 1 records the IP")
        };
        let command = Command::Correct {
            corrects: now.latest.clone(),
            data: StepData::IpIssued {
                number: number.into(),
                date: *date,
            },
            letter: None,
            reason: format!("Nomor IP menurut notifikasi OSS: {number}."),
        };
        desk.act(sop, case, role, command).expect("a correction");
    }
    write(
        "koreksi-pontianak.json",
        CaseFile::new(std::slice::from_ref(&ours), meta(Mode::Resmi)).to_json(),
    );
    write(
        "koreksi-singkawang.json",
        CaseFile::new(std::slice::from_ref(&copy), meta(Mode::Resmi)).to_json(),
    );
    // A long file: new cases, then the valid file's case and Singkawang's copy of the
    // conflict case, for a store that has both already.
    let mut many: Vec<Case> = (0..129)
        .map(|i| desk.open(sop, &format!("e2e-many-{i}"), i))
        .collect();
    many.extend([case.clone(), theirs.clone()]);
    write(
        "many-cases.json",
        CaseFile::new(&many, meta(Mode::Resmi)).to_json(),
    );
    println!("e2e fixtures written to {}", out.display());
}
