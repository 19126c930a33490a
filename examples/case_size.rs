use chrono::{Duration, TimeZone, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{Author, Case, CaseId, Ctx, OfficeId};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::{ActorId, Sop};
fn main() {
    let sop = Sop::embedded();
    let mut now = Utc.with_ymd_and_hms(2025, 1, 6, 2, 0, 0).unwrap();
    let ctx = |n: u64, role: ActorId, now| Ctx {
        event_id: format!("{:08x}-1234-4abc-8def-{:012x}", n * 7919, n * 104729)
            .as_str()
            .into(),
        office: OfficeId::from("5b1c0e7a-9a3e-4c1f-8f43-0d2b7e9c1a55"),
        seq: n,
        at: now,
        author: Author {
            role,
            name: "Nur Aini".into(),
        },
    };
    let mut case = Case::open(
        sop,
        CaseId::from("a3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d"),
        sample::identity(1),
        &ctx(0, ActorId::new("operator"), now),
    )
    .unwrap();
    let mut n = 1;
    while let Some((role, cmd)) =
        sample::next_command(sop, &case, wib_date(now), Choices::default())
    {
        now += Duration::hours(3);
        case.execute(sop, cmd, &ctx(n, role, now)).unwrap();
        n += 1;
    }
    let json = serde_json::to_string(case.events()).unwrap();
    println!("events {} json bytes {}", case.events().len(), json.len());
    std::fs::write("/tmp/case.json", &json).unwrap();
}
