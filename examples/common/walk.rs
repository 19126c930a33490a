//! Walks cases through the SOP with deterministic ids and a fake clock. Shared by the
//! examples (golden files, benchmark) and the case-file tests through `#[path]`.
#![allow(dead_code)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{Author, Case, CaseId, Command, CommandError, Ctx, OfficeId};
use sopir::core::hash::Hash;
use sopir::core::sample::{self, Choices};
use sopir::core::sop::{ActorId, Sop};

/// A UUID-shaped (v4 layout) id derived from `seed`: fixed ids keep generated files
/// byte-identical from one run to the next.
pub fn uuid(seed: &str) -> String {
    let h = Hash::of(seed.as_bytes()).to_hex();
    format!(
        "{}-{}-4{}-a{}-{}",
        &h[0..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

pub fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
}

/// A person acting in a role at an office.
pub fn person(role: &ActorId) -> &'static str {
    match role.as_str() {
        "operator" => "Nur Aini",
        "kasi" => "Yusuf Effendi, S.T.",
        "kabid" => "Dra. Lusiana Hartati",
        "tim_teknis" => "Ir. Dedi Kurniawan",
        "kadis" => "Ir. H. Syarif Hidayat, M.T.",
        _ => "Petugas",
    }
}

/// One installation of the app: its id, its event counter and its clock.
#[derive(Clone, Debug)]
pub struct Office {
    pub id: OfficeId,
    pub seq: u64,
    pub now: DateTime<Utc>,
}

impl Office {
    pub fn new(id: &str, now: DateTime<Utc>) -> Office {
        Office {
            id: OfficeId::from(id),
            seq: 0,
            now,
        }
    }

    pub fn ctx(&mut self, role: &ActorId) -> Ctx {
        self.seq += 1;
        Ctx {
            event_id: uuid(&format!("{}/{}", self.id, self.seq)).as_str().into(),
            office: self.id.clone(),
            seq: self.seq,
            at: self.now,
            author: Author {
                role: role.clone(),
                name: person(role).into(),
            },
        }
    }

    /// Opens a case for sample company `n`; the case id derives from `case`.
    pub fn open(&mut self, sop: &Sop, case: &str, n: u32) -> Case {
        let ctx = self.ctx(&ActorId::new("operator"));
        let id = CaseId(uuid(&format!("case/{case}")));
        Case::open(sop, id, sample::identity(n), &ctx).expect("sample identities are valid")
    }

    /// Completes the current step with sample data as the step's role, `minutes` later.
    /// `Ok(false)` when the case is finished.
    pub fn step(
        &mut self,
        sop: &Sop,
        case: &mut Case,
        choices: Choices,
        minutes: i64,
    ) -> Result<bool, CommandError> {
        let on = wib_date(self.now + Duration::minutes(minutes));
        let Some((role, command)) = sample::next_command(sop, case, on, choices) else {
            return Ok(false);
        };
        self.now += Duration::minutes(minutes);
        let ctx = self.ctx(&role);
        case.execute(sop, command, &ctx)?;
        Ok(true)
    }

    pub fn act(
        &mut self,
        sop: &Sop,
        case: &mut Case,
        role: &str,
        command: Command,
    ) -> Result<(), CommandError> {
        let ctx = self.ctx(&ActorId::new(role));
        case.execute(sop, command, &ctx).map(|_| ())
    }

    /// Steps until the case waits at `no` or is finished, `minutes` apart.
    pub fn walk_to(&mut self, sop: &Sop, case: &mut Case, no: u8, choices: Choices, minutes: i64) {
        while case.state().current_step().is_some_and(|s| s != no) {
            self.step(sop, case, choices, minutes)
                .expect("sample steps are accepted");
        }
    }

    pub fn walk_to_end(&mut self, sop: &Sop, case: &mut Case, choices: Choices, minutes: i64) {
        while self
            .step(sop, case, choices, minutes)
            .expect("sample steps are accepted")
        {}
    }
}
