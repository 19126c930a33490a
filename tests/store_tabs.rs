//! Two tabs of the app over one localStorage. Each tab sees another tab's write only once
//! the browser has told it (the `storage` event), as a renderer's cached view lags behind;
//! so a tab can write a case from a stale view. Whatever the interleaving, no event that
//! was ever stored is lost, and once the notices are delivered both tabs agree.

mod store_support;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::rc::Rc;

use chrono::Duration;
use sopir::core::case::{CaseId, Command, EventId};
use sopir::core::ids::SeededIds;
use sopir::core::sample;
use sopir::core::sop::ActorId;
use sopir::store::{record, MemoryStorage, Namespace, Storage, StorageError, Store};
use store_support::*;

/// localStorage as two tabs see it: the stored truth, each tab's stale values (keys the
/// other tab wrote that it has not been told about), and the notices not yet delivered.
#[derive(Default)]
struct Browser {
    truth: MemoryStorage,
    stale: [BTreeMap<String, Option<String>>; 2],
    notices: [VecDeque<String>; 2],
    /// Every event id ever stored in a case record.
    ever: BTreeMap<CaseId, BTreeSet<EventId>>,
    /// Writes that dropped events the stored record had (stale overwrites).
    lost_updates: usize,
}

impl Browser {
    fn write(&mut self, tab: usize, key: &str, value: Option<&str>) -> Result<(), StorageError> {
        let old = self.truth.get(key)?;
        let before = old.clone();
        match value {
            Some(v) => self.truth.set(key, v)?,
            None => self.truth.remove(key)?,
        }
        self.stale[tab].remove(key);
        let other = 1 - tab;
        self.stale[other].entry(key.to_string()).or_insert(before);
        self.notices[other].push_back(key.to_string());
        if let (Some(id), Some(v)) = (Namespace::Real.case_of(key), value) {
            let case = record::decode_case(sop(), &id, v).expect("tabs write valid records");
            let new: BTreeSet<EventId> = case.events().iter().map(|e| e.id.clone()).collect();
            if let Some(old) = old
                .as_ref()
                .and_then(|o| record::decode_case(sop(), &id, o).ok())
            {
                if old.events().iter().any(|e| !new.contains(&e.id)) {
                    self.lost_updates += 1;
                }
            }
            self.ever.entry(id).or_default().extend(new);
        }
        Ok(())
    }
}

struct Tab {
    browser: Rc<RefCell<Browser>>,
    tab: usize,
}

impl Storage for Tab {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        let b = self.browser.borrow();
        match b.stale[self.tab].get(key) {
            Some(old) => Ok(old.clone()),
            None => b.truth.get(key),
        }
    }
    fn set(&mut self, key: &str, value: &str) -> Result<(), StorageError> {
        self.browser.borrow_mut().write(self.tab, key, Some(value))
    }
    fn remove(&mut self, key: &str) -> Result<(), StorageError> {
        self.browser.borrow_mut().write(self.tab, key, None)
    }
    fn keys(&self) -> Result<Vec<String>, StorageError> {
        self.browser.borrow().truth.keys()
    }
}

struct Tabs {
    browser: Rc<RefCell<Browser>>,
    stores: Vec<Store<Tab>>,
}

impl Tabs {
    fn new() -> Tabs {
        let browser = Rc::new(RefCell::new(Browser::default()));
        let mut stores = Vec::new();
        for tab in 0..2 {
            let storage = Tab {
                browser: browser.clone(),
                tab,
            };
            stores.push(Store::open(
                storage,
                Namespace::Real,
                sop(),
                Box::new(SeededIds::new(10 + tab as u64)),
            ));
            // A tab opened later starts with a fresh view.
            let mut b = browser.borrow_mut();
            b.stale = Default::default();
            b.notices = Default::default();
        }
        Tabs { browser, stores }
    }

    /// The browser tells `tab` about the oldest change it has not heard of.
    fn deliver(&mut self, tab: usize) -> bool {
        let key = {
            let mut b = self.browser.borrow_mut();
            let Some(key) = b.notices[tab].pop_front() else {
                return false;
            };
            b.stale[tab].remove(&key);
            key
        };
        self.stores[tab]
            .external_change(sop(), &key)
            .expect("a repair write succeeds");
        true
    }

    fn deliver_all(&mut self) {
        while self.deliver(0) | self.deliver(1) {}
    }

    /// The next sample step (or a conflict resolution) of `id` in `tab`.
    fn act(&mut self, tab: usize, id: &CaseId, at: chrono::DateTime<chrono::Utc>) -> bool {
        let store = &mut self.stores[tab];
        let Ok(case) = store.case(id) else {
            return false;
        };
        let (author, command) = match case.state().conflicts.first() {
            Some(c) => {
                let step = sop().step(c.step).unwrap();
                let role: ActorId = sop().roles_for(step).pop().unwrap();
                let command = Command::ResolveConflict {
                    round: c.round,
                    step: c.step,
                    keep: c.applied.clone(),
                    reason: "Catatan yang pertama yang berlaku.".into(),
                };
                (author(&role), command)
            }
            None => match next(&case, at) {
                Some(next) => next,
                None => return false,
            },
        };
        store.execute(sop(), id, command, author, at).is_ok()
    }

    /// Both tabs agree with what is stored, and nothing ever stored is missing.
    fn check(&mut self) {
        self.deliver_all();
        let truth = self.browser.borrow().truth.clone();
        let mut fresh = open(truth, 99);
        assert!(fresh.report().is_empty(), "{:?}", fresh.report());
        for store in &self.stores {
            assert_eq!(store.summaries(), fresh.summaries());
        }
        let stored: BTreeMap<CaseId, BTreeSet<EventId>> = fresh
            .all_cases()
            .unwrap()
            .into_iter()
            .map(|c| {
                (
                    c.id().clone(),
                    c.events().iter().map(|e| e.id.clone()).collect(),
                )
            })
            .collect();
        for (id, ever) in &self.browser.borrow().ever {
            let missing: Vec<&EventId> = ever.difference(&stored[id]).collect();
            assert!(missing.is_empty(), "case {id} lost {missing:?}");
        }
    }
}

#[test]
fn a_stale_overwrite_is_repaired_by_the_tab_that_lost_its_event() {
    let mut tabs = Tabs::new();
    let at = now();
    let id = tabs.stores[0]
        .create_case(sop(), sample::identity(2), operator(), at)
        .unwrap();
    tabs.deliver_all();
    assert!(tabs.stores[1].summary(&id).is_some());
    // Both tabs at step 1. Tab A records it; tab B, not told yet, records it from its
    // stale view and overwrites A's record without A's event.
    assert!(tabs.act(0, &id, at + Duration::minutes(1)));
    assert!(tabs.act(1, &id, at + Duration::minutes(2)));
    let lost = {
        let b = tabs.browser.borrow();
        let stored = b
            .truth
            .get(&Namespace::Real.case_key(&id))
            .unwrap()
            .unwrap();
        record::decode_case(sop(), &id, &stored)
            .unwrap()
            .events()
            .len()
    };
    assert_eq!(
        lost, 2,
        "B's write holds the opening and its own event only"
    );
    assert_eq!(tabs.browser.borrow().lost_updates, 1);
    // A is told, sees its event missing and writes the union back.
    assert!(tabs.deliver(0));
    let repaired = tabs.stores[0].case(&id).unwrap();
    assert_eq!(repaired.events().len(), 3);
    // Two records of step 1 that did not know of each other: an explicit conflict.
    assert_eq!(repaired.state().conflicts.len(), 1);
    tabs.check();
    assert_eq!(tabs.stores[1].summary(&id).unwrap().event_count, 3);
}

#[test]
fn many_interleaved_actions_in_two_tabs_lose_no_event() {
    let mut lost_updates = 0;
    for seed in 0..10u64 {
        let mut tabs = Tabs::new();
        let mut rng = SeededIds::new(seed);
        let mut at = now();
        for _ in 0..120 {
            at += Duration::minutes(7);
            let tab = (rng.next_u64() % 2) as usize;
            match rng.next_u64() % 10 {
                0 => {
                    let n = (rng.next_u64() % 8) as u32;
                    tabs.stores[tab]
                        .create_case(sop(), sample::identity(n), operator(), at)
                        .unwrap();
                }
                1..=5 => {
                    let ids: Vec<CaseId> = tabs.stores[tab].summaries().keys().cloned().collect();
                    if !ids.is_empty() {
                        let id = ids[(rng.next_u64() as usize) % ids.len()].clone();
                        tabs.act(tab, &id, at);
                    }
                }
                6 => {
                    let mut settings = tabs.stores[tab].settings().clone();
                    settings.acting = Some((ActorId::new("operator"), format!("Petugas {seed}")));
                    tabs.stores[tab].save_settings(settings).unwrap();
                }
                _ => {
                    // The browser delivers some notices, in order, to one tab.
                    for _ in 0..=rng.next_u64() % 3 {
                        tabs.deliver(tab);
                    }
                }
            }
        }
        tabs.check();
        let ever: usize = tabs.browser.borrow().ever.values().map(BTreeSet::len).sum();
        assert!(ever > 40, "seed {seed}: only {ever} events");
        assert_eq!(tabs.stores[0].settings(), tabs.stores[1].settings());
        lost_updates += tabs.browser.borrow().lost_updates;
    }
    // The schedules do produce the race this is about.
    assert!(lost_updates >= 20, "{lost_updates} stale overwrites");
}
