//! Benchmark: replays 10,000 cases with complete histories (every one walked through all 20
//! steps, some with a return at step 13 or a second round) and prints events per second.
//!
//!     cargo run --release --example fold_bench [cases]

use std::time::Instant;

use chrono::{Duration, TimeZone, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{verify_hashes, Author, Case, Ctx, Event};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::Sop;

fn history(n: u32, sop: &Sop) -> Vec<Event> {
    let mut at =
        Utc.with_ymd_and_hms(2025, 1, 6, 2, 0, 0).unwrap() + Duration::hours(i64::from(n % 500));
    let mut seq = 0u64;
    let mut ctx = |role: &str, at| {
        seq += 1;
        Ctx {
            event_id: format!("{n:08x}-0000-4000-8000-{seq:012x}").as_str().into(),
            office: "kantor-bench".into(),
            seq,
            at,
            author: Author {
                role: sopir::core::sop::ActorId::new(role),
                name: "Petugas".into(),
            },
        }
    };
    let mut case = Case::open(
        sop,
        format!("kasus-{n}").as_str().into(),
        sample::identity(n),
        &ctx("operator", at),
    )
    .unwrap();
    let choices = Choices {
        inspection: !n.is_multiple_of(3),
        ready: true,
        return_once: n.is_multiple_of(4),
    };
    let mut first_round_ready = !n.is_multiple_of(5);
    while let Some((role, command)) = sample::next_command(
        sop,
        &case,
        wib_date(at),
        Choices {
            ready: choices.ready && first_round_ready,
            ..choices
        },
    ) {
        at += Duration::hours(2);
        case.execute(sop, command, &ctx(role.as_str(), at)).unwrap();
        if case.state().round_number() > 1 {
            first_round_ready = true;
        }
    }
    case.into_events()
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    xs[xs.len() / 2]
}

fn main() {
    let count: u32 = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let sop = Sop::embedded();
    let built = Instant::now();
    let histories: Vec<Vec<Event>> = (0..count).map(|n| history(n, sop)).collect();
    let events: usize = histories.iter().map(Vec::len).sum();
    println!(
        "built {count} complete cases, {events} events ({:.1} per case) in {:.2} s",
        events as f64 / f64::from(count),
        built.elapsed().as_secs_f64()
    );
    let mut replay = Vec::new();
    let mut verify = Vec::new();
    for _ in 0..5 {
        let copies = histories.clone();
        let t = Instant::now();
        for events in copies {
            let case = Case::from_events(sop, events).expect("complete histories replay");
            std::hint::black_box(case.state().position);
        }
        replay.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        for events in &histories {
            verify_hashes(events).unwrap();
        }
        verify.push(t.elapsed().as_secs_f64());
    }
    let (r, v) = (median(replay), median(verify));
    println!(
        "replay (verify hashes + fold), median of 5: {:.3} s = {:.0} events/s",
        r,
        events as f64 / r
    );
    println!(
        "  of which hash verification:               {:.3} s = {:.0} events/s",
        v,
        events as f64 / v
    );
    println!(
        "  fold alone (difference):                  {:.3} s = {:.0} events/s",
        r - v,
        events as f64 / (r - v)
    );
}
