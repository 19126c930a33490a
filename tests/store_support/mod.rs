//! Shared by the store tests: stores over a shared memory storage, sample cases, and the
//! store's logical content (what must survive a failure exactly).
#![allow(dead_code)]

use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

use chrono::{DateTime, Duration, TimeZone, Utc};
use sopir::core::calendar::wib_date;
use sopir::core::case::{Author, Case, CaseId, CaseSummary, Command, Ctx, Event, OfficeId};
use sopir::core::ids::{IdSource, SeededIds};
use sopir::core::sample::{self, Choices};
use sopir::core::sop::{ActorId, Sop};
use sopir::store::{samples, MemoryStorage, Namespace, Office, Settings, Storage, Store};

pub type Shared = Rc<RefCell<MemoryStorage>>;

pub fn sop() -> &'static Sop {
    Sop::embedded()
}

pub fn shared(storage: MemoryStorage) -> Shared {
    Rc::new(RefCell::new(storage))
}

pub fn open<S: Storage>(storage: S, seed: u64) -> Store<S> {
    Store::open(
        storage,
        Namespace::Real,
        sop(),
        Box::new(SeededIds::new(seed)),
    )
}

pub fn utc(y: i32, m: u32, d: u32, h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, m, d, h, 0, 0).unwrap()
}

/// A fixed "now" for saves: a weekday morning in WIB.
pub fn now() -> DateTime<Utc> {
    utc(2025, 2, 3, 2)
}

pub fn author(role: &ActorId) -> Author {
    Author {
        role: role.clone(),
        name: samples::person(role),
    }
}

/// Stores sample case `n`, opened now by the Operator.
pub fn new_case<S: Storage>(store: &mut Store<S>, n: u32) -> CaseId {
    store
        .create_case(sop(), sample::identity(n), operator(), now())
        .expect("a new case is stored")
}

pub fn operator() -> Author {
    author(&ActorId::new("operator"))
}

/// Sample case `n` recorded by `office`, walked `steps` steps (`None`: complete).
pub fn walked(n: u32, seed: u64, office: &OfficeId, steps: Option<usize>) -> Case {
    let mut ids = SeededIds::new(seed);
    samples::walked_case(
        sop(),
        n,
        &mut ids,
        office,
        utc(2025, 1, 6, 1),
        Choices::default(),
        steps,
    )
}

/// The next sample command for `case` and who gives it.
pub fn next(case: &Case, at: DateTime<Utc>) -> Option<(Author, Command)> {
    let (role, command) = sample::next_command(sop(), case, wib_date(at), Choices::default())?;
    Some((author(&role), command))
}

/// Walks `case` on by `steps` steps as another office would (outside any store).
pub fn walk_on(case: &Case, steps: usize, office: &OfficeId, seed: u64) -> Case {
    let mut ids = SeededIds::new(seed);
    let mut case = case.clone();
    let mut at = case.summary().last_event_at;
    for i in 0..steps {
        at += Duration::hours(1);
        let Some((author, command)) = next(&case, at) else {
            break;
        };
        let ctx = Ctx {
            event_id: ids.new_id().as_str().into(),
            office: office.clone(),
            seq: 100 + i as u64,
            at,
            author,
        };
        case.execute(sop(), command, &ctx)
            .expect("sample steps are accepted");
    }
    case
}

/// Everything a store holds, full cases included: what a failed save must leave as it was.
#[derive(Clone, Debug, PartialEq)]
pub struct Content {
    pub office: Office,
    pub settings: Settings,
    pub summaries: BTreeMap<CaseId, CaseSummary>,
    pub events: BTreeMap<CaseId, Vec<Event>>,
    pub exports: BTreeMap<CaseId, usize>,
}

pub fn content<S: Storage>(store: &mut Store<S>) -> Content {
    let cases = store.all_cases().expect("every case loads");
    Content {
        office: store.office().clone(),
        settings: store.settings().clone(),
        summaries: store.summaries().clone(),
        events: cases
            .into_iter()
            .map(|c| (c.id().clone(), c.into_events()))
            .collect(),
        exports: store.export_marks().clone(),
    }
}

/// The content a fresh store finds in `storage` (a copy: opening may roll back).
pub fn reopened(storage: &MemoryStorage) -> Content {
    let mut store = open(storage.clone(), 999);
    content(&mut store)
}

/// The values under keys of the real namespace.
pub fn entries(storage: &MemoryStorage) -> BTreeMap<String, String> {
    storage
        .entries()
        .iter()
        .filter(|(k, _)| Namespace::Real.relative(k).is_some())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}
