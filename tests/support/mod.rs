//! Test harness: drives one case through the SOP with a fake clock and deterministic ids.
#![allow(dead_code)]

use chrono::{DateTime, Duration, NaiveDate, TimeZone, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{Author, Case, CaseId, Command, CommandError, Ctx, Identity, OfficeId};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::{ActorId, Sop};

pub fn sop() -> &'static Sop {
    Sop::embedded()
}

pub fn role(id: &str) -> ActorId {
    ActorId::new(id)
}

/// All eight roles.
pub fn roles() -> Vec<ActorId> {
    sop().actors().iter().map(|a| a.id.clone()).collect()
}

pub fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

pub fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

pub struct Harness {
    pub case: Case,
    pub now: DateTime<Utc>,
    pub office: OfficeId,
    seq: u64,
}

impl Harness {
    /// A case opened by the Operator at `now` (WIB morning of 6 January 2025 by default).
    pub fn new() -> Harness {
        Harness::opened_at(utc(2025, 1, 6, 2), sample::identity(0))
    }

    pub fn opened_at(now: DateTime<Utc>, identity: Identity) -> Harness {
        let office = OfficeId::from("kantor-a");
        let ctx = Ctx {
            event_id: "e-0".into(),
            office: office.clone(),
            seq: 0,
            at: now,
            author: Author {
                role: role("operator"),
                name: "Nur Aini".into(),
            },
        };
        let case = Case::open(sop(), CaseId::from("kasus-1"), identity, &ctx).expect("opens");
        Harness {
            case,
            now,
            office,
            seq: 0,
        }
    }

    pub fn ctx(&mut self, role_id: &ActorId) -> Ctx {
        self.seq += 1;
        Ctx {
            event_id: format!("e-{}", self.seq).as_str().into(),
            office: self.office.clone(),
            seq: self.seq,
            at: self.now,
            author: Author {
                role: role_id.clone(),
                name: format!("Petugas {role_id}"),
            },
        }
    }

    pub fn act(&mut self, role_id: &ActorId, command: Command) -> Result<(), CommandError> {
        let ctx = self.ctx(role_id);
        self.case.execute(sop(), command, &ctx).map(|_| ())
    }

    pub fn today(&self) -> NaiveDate {
        wib_date(self.now)
    }

    /// Completes the current step with sample data as the right role; one hour later.
    pub fn step(&mut self, choices: Choices) -> Result<(), CommandError> {
        self.now += Duration::hours(1);
        let (role_id, command) =
            sample::next_command(sop(), &self.case, self.today(), choices).expect("not finished");
        self.act(&role_id, command)
    }

    /// Steps until the case waits at `no` (in the current round) or is finished.
    pub fn walk_to(&mut self, no: u8, choices: Choices) {
        while self.case.state().current_step().is_some_and(|s| s != no) {
            self.step(choices).expect("sample steps are accepted");
        }
    }

    pub fn walk_to_end(&mut self, choices: Choices) {
        while self.case.state().current_step().is_some() {
            self.step(choices).expect("sample steps are accepted");
        }
    }

    /// The steps done, in order.
    pub fn path(&self) -> Vec<u8> {
        self.case.state().path.iter().map(|p| p.step).collect()
    }
}
