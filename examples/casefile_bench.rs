//! Case-file benchmark: builds 1,000 complete cases, exports them as one file, then reads
//! and previews it (against an empty store and against a store that already has every
//! case). Prints the file size and median times. Native; run it optimised:
//!
//! cargo run --release --example casefile_bench [-- CASES [RUNS]]

#[path = "common/walk.rs"]
mod walk;

use std::collections::HashMap;
use std::time::{Duration, Instant};

use sopir::core::case::{Case, CaseId};
use sopir::core::casefile::{export, preview, read, Expect, ExportMeta, Mode, Office, Scope};
use sopir::core::sample::Choices;
use sopir::core::sop::Sop;
use walk::{utc, Office as Desk};

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn timed<T>(runs: usize, mut f: impl FnMut() -> T) -> (Duration, T) {
    let mut times = Vec::with_capacity(runs);
    let mut last = None;
    for _ in 0..runs {
        let start = Instant::now();
        last = Some(f());
        times.push(start.elapsed());
    }
    (median(times), last.expect("at least one run"))
}

fn main() {
    let mut args = std::env::args().skip(1);
    let n: u32 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1_000);
    let runs: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(7);
    let sop = Sop::embedded();

    let start = Instant::now();
    let mut desk = Desk::new("kantor-bench", utc(2025, 1, 6, 1, 0));
    let cases: Vec<Case> = (0..n)
        .map(|i| {
            // Every case is opened on the same morning so no deadline voids a permit.
            desk.now = utc(2025, 1, 6, 1, 0);
            let mut case = desk.open(sop, &format!("bench-{i}"), i);
            let choices = Choices {
                inspection: i % 3 != 0,
                ..Choices::default()
            };
            desk.walk_to_end(sop, &mut case, choices, 30);
            case
        })
        .collect();
    let events: usize = cases.iter().map(|c| c.events().len()).sum();
    println!(
        "built {n} complete cases ({events} events) in {:.2?}",
        start.elapsed()
    );

    let meta = ExportMeta {
        app_version: sopir::APP_VERSION.into(),
        sop: sop.reference(),
        office: Office {
            id: "kantor-bench".into(),
            name: "DPPESDM Provinsi Kalimantan Barat".into(),
        },
        offices: Default::default(),
        exported_at: utc(2025, 3, 14, 8, 30),
        mode: Mode::Resmi,
        scope: Scope::All,
    };
    let (export_time, exported) = timed(runs, || export(&cases, meta.clone()));
    println!(
        "file {}: {} bytes ({:.1} MiB), {:.0} bytes per case",
        exported.file_name,
        exported.json.len(),
        exported.json.len() as f64 / (1024.0 * 1024.0),
        exported.json.len() as f64 / f64::from(n)
    );

    let expect = Expect {
        sop: sop.reference(),
        mode: Mode::Resmi,
    };
    let (read_time, file) = timed(runs, || read(&exported.json, &expect, sop).unwrap());
    let (preview_new_time, p) = timed(runs, || preview(file.clone(), sop, |_| None));
    assert_eq!(p.cases_to_commit().len(), cases.len());

    let store: HashMap<CaseId, Case> = cases.iter().map(|c| (c.id().clone(), c.clone())).collect();
    let (preview_same_time, p) = timed(runs, || {
        preview(file.clone(), sop, |id| store.get(id).cloned())
    });
    assert!(p.cases_to_commit().is_empty());

    // A store that has each case only up to step 10: the file adds the rest.
    let older: HashMap<CaseId, Case> = cases
        .iter()
        .map(|c| {
            let keep = c.events().len() / 2;
            let old = Case::from_events(sop, c.events()[..keep].to_vec()).unwrap();
            (c.id().clone(), old)
        })
        .collect();
    let (preview_merge_time, p) = timed(runs, || {
        preview(file.clone(), sop, |id| older.get(id).cloned())
    });
    assert_eq!(p.cases_to_commit().len(), cases.len());

    println!("median of {runs} runs:");
    println!("  export                         {export_time:>10.2?}");
    println!("  read (all checks)              {read_time:>10.2?}");
    println!("  preview, empty store           {preview_new_time:>10.2?}");
    println!(
        "  read + preview, empty store    {:>10.2?}",
        read_time + preview_new_time
    );
    println!("  preview, store has every case  {preview_same_time:>10.2?}");
    println!("  preview, store has half of each {preview_merge_time:>9.2?}");
}
