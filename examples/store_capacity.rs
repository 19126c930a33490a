//! How many complete cases fit in Chromium's localStorage quota, and how long opening a
//! store takes. Not a test: a measurement to run by hand.
//!
//! cargo run --release --example store_capacity

use std::time::{Duration, Instant};

use chrono::{TimeZone, Utc};
use sopir::core::case::Case;
use sopir::core::ids::SeededIds;
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use sopir::store::{
    record, samples, utf16_len, MemoryStorage, Namespace, StorageError, Store, StoreError,
};
use sopir::wire::codec;

fn main() {
    let sop = Sop::embedded();
    let opened = Utc.with_ymd_and_hms(2025, 1, 6, 1, 30, 0).unwrap();
    let mut store = Store::open(
        MemoryStorage::new(),
        Namespace::Real,
        sop,
        Box::new(SeededIds::new(1)),
    );
    let office = store.office().id.clone();
    let mut ids = SeededIds::new(2);
    let mut sample_cases: Vec<Case> = Vec::new();
    let started = Instant::now();
    let refused = loop {
        let n = store.summaries().len() as u32;
        let case =
            samples::walked_case(sop, n, &mut ids, &office, opened, Choices::default(), None);
        if sample_cases.len() < 200 {
            sample_cases.push(case.clone());
        }
        match store.commit_import(sop, vec![case]) {
            Ok(()) => {}
            Err(e) => break e,
        }
    };
    assert_eq!(refused, StoreError::Storage(StorageError::Quota));
    let usage = store.usage();
    let storage = store.into_storage();
    let records: Vec<(&String, &String)> = storage
        .entries()
        .iter()
        .filter(|(k, _)| Namespace::Real.case_of(k).is_some())
        .collect();
    let units: usize = records
        .iter()
        .map(|(k, v)| utf16_len(k) + utf16_len(v))
        .sum();
    println!(
        "quota {} units: {} complete cases (21 events each) fit; the next was refused with Quota ({:.1} s to fill)",
        usage.quota_units,
        records.len(),
        started.elapsed().as_secs_f64()
    );
    println!(
        "average per case: {:.0} units (key and record), record alone {:.0}",
        units as f64 / records.len() as f64,
        records.iter().map(|(_, v)| utf16_len(v)).sum::<usize>() as f64 / records.len() as f64
    );
    levels(&sample_cases);
    for n in [0usize, 1_000, 5_000] {
        let mut subset = MemoryStorage::new();
        let mut cases = 0;
        for (key, value) in storage.entries() {
            let is_case = Namespace::Real.case_of(key).is_some();
            if !is_case || cases < n {
                subset.put_raw(key, value);
                cases += usize::from(is_case);
            }
        }
        let mut times: Vec<Duration> = (0..5)
            .map(|_| {
                let copy = subset.clone();
                let t = Instant::now();
                let store = Store::open(copy, Namespace::Real, sop, Box::new(SeededIds::new(3)));
                let elapsed = t.elapsed();
                assert_eq!(store.summaries().len(), cases);
                assert!(store.report().is_empty(), "{:?}", store.report());
                elapsed
            })
            .collect();
        times.sort();
        println!(
            "Store::open with {cases} complete cases: median {:.1} ms (of 5)",
            times[2].as_secs_f64() * 1000.0
        );
    }
}

/// Record size and encoding time of the sample cases at several deflate levels (the
/// binary part, ids and hash, is the same at every level).
fn levels(cases: &[Case]) {
    // A record deflates its summary and its events as one stream.
    let streams: Vec<Vec<u8>> = cases
        .iter()
        .map(|case| {
            let (summary, events) = record::plain_parts(case);
            [summary, events].concat()
        })
        .collect();
    let raw: usize = streams.iter().map(Vec::len).sum();
    let deflated = |level| -> usize {
        streams
            .iter()
            .map(|stream| utf16_len(&codec::pack(&codec::deflate_at(stream, level))))
            .sum()
    };
    let records: usize = cases.iter().map(|c| utf16_len(&record::encode(c).0)).sum();
    let fixed = records - deflated(codec::LEVEL);
    println!(
        "plain JSON of the deflated stream: {:.0} bytes per case; ids, hash and header: {:.0} units",
        raw as f64 / cases.len() as f64,
        fixed as f64 / cases.len() as f64
    );
    for level in [1u8, 2, 3, 4, 5, 6, 9] {
        let t = Instant::now();
        let units = deflated(level);
        let per_case = t.elapsed() / cases.len() as u32;
        println!(
            "deflate level {level}: {:.0} units per record, {:.0} µs to deflate one{}",
            (units + fixed) as f64 / cases.len() as f64,
            per_case.as_secs_f64() * 1e6,
            if level == codec::LEVEL { " (used)" } else { "" }
        );
    }
}
