//! Sample cases for the native tests of the UI's pure logic: `core::sample` cases walked
//! through the SOP on a clock the test controls, so step durations and deadlines are known.

use chrono::{DateTime, Duration, TimeZone, Utc};

use crate::core::calendar::wib_date;
use crate::core::case::{Author, Case, CaseSummary, Ctx};
use crate::core::sample::{self, Choices};
use crate::core::sop::{ActorId, Sop, StepNo};

pub fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

pub fn sop() -> &'static Sop {
    Sop::embedded()
}

pub struct Walk {
    pub case: Case,
    pub now: DateTime<Utc>,
    seq: u64,
}

impl Walk {
    /// Sample company `n`, opened by the Operator at `at`; its id is `kasus-<n>`.
    pub fn open(n: u32, at: DateTime<Utc>) -> Walk {
        let id = format!("kasus-{n}");
        let case = Case::open(
            sop(),
            id.as_str().into(),
            sample::identity(n),
            &ctx(&id, 0, "operator", at),
        )
        .expect("sample identities are valid");
        Walk {
            case,
            now: at,
            seq: 0,
        }
    }

    /// Completes the current step `gap` after the previous event; false once finished.
    pub fn step(&mut self, gap: Duration, choices: Choices) -> bool {
        self.now += gap;
        let Some((role, command)) =
            sample::next_command(sop(), &self.case, wib_date(self.now), choices)
        else {
            return false;
        };
        self.seq += 1;
        let id = self.case.id().to_string();
        let ctx = ctx(&id, self.seq, role.as_str(), self.now);
        self.case
            .execute(sop(), command, &ctx)
            .expect("sample steps are accepted");
        true
    }

    /// Steps (one hour apart) until the case waits at `no` or is finished.
    pub fn to(mut self, no: StepNo, choices: Choices) -> Walk {
        while self.case.state().current_step().is_some_and(|s| s != no) {
            self.step(Duration::hours(1), choices);
        }
        self
    }

    pub fn finish(self, choices: Choices) -> Walk {
        self.to(0, choices)
    }

    pub fn summary(&self) -> CaseSummary {
        self.case.summary()
    }
}

fn ctx(case: &str, seq: u64, role: &str, at: DateTime<Utc>) -> Ctx {
    Ctx {
        event_id: format!("{case}-e{seq}").as_str().into(),
        office: "kantor-uji".into(),
        seq,
        at,
        author: Author {
            role: ActorId::new(role),
            name: format!("Petugas {role}"),
        },
    }
}
