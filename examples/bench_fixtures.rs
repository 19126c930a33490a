//! Writes what scripts/bench.sh gives the browser, generated natively with fixed ids:
//!
//! - `store-N.json` (N = 0, 1,000 and 5,000): every localStorage key and value of a store
//!   holding N complete cases, as a JSON object. Made the way the app makes them: a
//!   `Store` over `MemoryStorage`, one `commit_import` per case, so the pairs are exactly
//!   what the browser would hold (with the summary index, where the app would write one).
//! - `records.json`: `[key, value]` pairs of RECORDS complete case records with distinct
//!   ids (the 5,000 above, then more), for filling the browser's real quota one by one.
//! - `import-1000.json`: a case file with 1,000 complete cases (`casefile::export`).
//!
//! cargo run --release --example bench_fixtures -- OUT_DIR

use std::path::PathBuf;
use std::time::Instant;

use chrono::{TimeZone, Utc};
use sopir::core::case::{Case, OfficeId};
use sopir::core::casefile::{export, ExportMeta, Mode, Office, Scope};
use sopir::core::ids::SeededIds;
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use sopir::store::{
    record, samples, utf16_len, MemoryStorage, Namespace, Store, CHROMIUM_QUOTA_UNITS,
};

/// Stores written, by number of complete cases.
const STORES: [usize; 3] = [0, 1_000, 5_000];
/// Records for the quota fill: more than Chromium's 10 MiB can hold (about 5,500 fit).
const RECORDS: usize = 8_000;
/// Cases in the import file.
const IMPORT: usize = 1_000;

fn main() {
    let out = PathBuf::from(
        std::env::args()
            .nth(1)
            .unwrap_or_else(|| "target/bench".into()),
    );
    std::fs::create_dir_all(&out).expect("output folder");
    let write = |name: &str, text: String| {
        std::fs::write(out.join(name), text).expect("write fixture");
    };
    let started = Instant::now();
    let sop = Sop::embedded();
    let opened = Utc.with_ymd_and_hms(2025, 1, 6, 1, 30, 0).unwrap();
    // No quota here: the browser's own quota is what scripts/bench.mjs measures.
    let mut store = Store::open(
        MemoryStorage::with_quota(usize::MAX),
        Namespace::Real,
        sop,
        Box::new(SeededIds::new(1)),
    );
    let office: OfficeId = store.office().id.clone();
    let mut ids = SeededIds::new(2);
    let mut records: Vec<(String, String)> = Vec::with_capacity(RECORDS);
    let mut for_file: Vec<Case> = Vec::with_capacity(IMPORT);
    let max_store = *STORES.iter().max().expect("stores");
    for n in 0..=RECORDS {
        if STORES.contains(&n) {
            // Snapshot: take the storage out of the store, write it, open it again. The app
            // writes its summary index after each start while storage is below 80% of
            // Chromium's quota: so does the snapshot (the 5,000-case store is above).
            let mut storage = store.into_storage();
            storage.set_quota(CHROMIUM_QUOTA_UNITS);
            let mut indexing =
                Store::open(storage, Namespace::Real, sop, Box::new(SeededIds::new(4)));
            indexing.refresh_index();
            let mut storage = indexing.into_storage();
            storage.set_quota(usize::MAX);
            let entries = storage.entries();
            for (key, value) in &records {
                assert_eq!(
                    entries.get(key),
                    Some(value),
                    "the store holds the record as encoded"
                );
            }
            let name = format!("store-{n}.json");
            write(&name, serde_json::to_string(entries).expect("JSON"));
            println!("{name}: {} keys", entries.len());
            store = Store::open(storage, Namespace::Real, sop, Box::new(SeededIds::new(3)));
            assert!(store.report().is_empty(), "{:?}", store.report());
        }
        if n == RECORDS {
            break;
        }
        let case = samples::walked_case(
            sop,
            n as u32,
            &mut ids,
            &office,
            opened,
            Choices::default(),
            None,
        );
        assert!(
            case.state().current_step().is_none(),
            "sample case {n} is complete"
        );
        // The record `commit_import` writes for a case it does not have yet.
        records.push((Namespace::Real.case_key(case.id()), record::encode(&case).0));
        if n < max_store {
            store
                .commit_import(sop, vec![case.clone()])
                .expect("an unlimited store takes every case");
        }
        if for_file.len() < IMPORT {
            for_file.push(case);
        }
    }
    let units: usize = records
        .iter()
        .map(|(k, v)| utf16_len(k) + utf16_len(v))
        .sum();
    println!(
        "records.json: {} complete case records, {:.0} UTF-16 units each on average (key and value)",
        records.len(),
        units as f64 / records.len() as f64
    );
    write(
        "records.json",
        serde_json::to_string(&records).expect("JSON"),
    );

    let meta = ExportMeta {
        app_version: sopir::APP_VERSION.into(),
        sop: sop.reference(),
        office: Office {
            id: "kantor-bench-lain".into(),
            name: "Kantor Uji Benchmark".into(),
        },
        offices: Default::default(),
        exported_at: Utc.with_ymd_and_hms(2025, 3, 14, 8, 30, 0).unwrap(),
        mode: Mode::Resmi,
        scope: Scope::All,
    };
    let file = export(&for_file, meta);
    println!(
        "import-{IMPORT}.json: {} complete cases, {:.1} MiB",
        for_file.len(),
        file.json.len() as f64 / (1024.0 * 1024.0)
    );
    write(&format!("import-{IMPORT}.json"), file.json);
    println!(
        "bench fixtures written to {} in {:.1} s",
        out.display(),
        started.elapsed().as_secs_f64()
    );
}
