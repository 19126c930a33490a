//! The history order of a set of events (rule 1 in `fold`), and bit sets of their pasts.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap};

use crate::core::case::event::{Event, EventId};
use crate::core::case::replay_error::ReplayError;

/// Indices into `events`, in history order.
pub(super) fn order(events: &[Event]) -> Result<Vec<usize>, ReplayError> {
    let mut index: HashMap<&EventId, usize> = HashMap::with_capacity(events.len());
    for (i, e) in events.iter().enumerate() {
        if index.insert(&e.id, i).is_some() {
            return Err(ReplayError::DuplicateId(e.id.clone()));
        }
    }
    let mut waiting = vec![0usize; events.len()];
    let mut children: Vec<Vec<usize>> = vec![Vec::new(); events.len()];
    for (i, e) in events.iter().enumerate() {
        for parent in &e.follows {
            let &p = index
                .get(parent)
                .ok_or_else(|| ReplayError::UnknownParent {
                    event: e.id.clone(),
                    parent: parent.clone(),
                })?;
            waiting[i] += 1;
            children[p].push(i);
        }
    }
    let key = |i: usize| {
        let e = &events[i];
        Reverse((e.at, e.office.as_str(), e.seq, e.id.as_str(), i))
    };
    let mut ready: BinaryHeap<_> = (0..events.len())
        .filter(|&i| waiting[i] == 0)
        .map(key)
        .collect();
    let mut order = Vec::with_capacity(events.len());
    while let Some(Reverse((.., i))) = ready.pop() {
        order.push(i);
        for &child in &children[i] {
            waiting[child] -= 1;
            if waiting[child] == 0 {
                ready.push(key(child));
            }
        }
    }
    if order.len() != events.len() {
        let stuck = (0..events.len()).find(|&i| waiting[i] > 0).unwrap_or(0);
        return Err(ReplayError::Cycle(events[stuck].id.clone()));
    }
    Ok(order)
}

/// A small bit set of event positions (cases have tens to a few hundred events).
#[derive(Clone, Debug, Default)]
pub(super) struct Bits(Vec<u64>);

impl Bits {
    pub(super) fn insert(&mut self, i: usize) {
        if self.0.len() <= i / 64 {
            self.0.resize(i / 64 + 1, 0);
        }
        self.0[i / 64] |= 1 << (i % 64);
    }
    pub(super) fn contains(&self, i: usize) -> bool {
        self.0.get(i / 64).is_some_and(|w| w & (1 << (i % 64)) != 0)
    }
    pub(super) fn union(&mut self, other: &Bits) {
        if self.0.len() < other.0.len() {
            self.0.resize(other.0.len(), 0);
        }
        for (a, b) in self.0.iter_mut().zip(&other.0) {
            *a |= b;
        }
    }
}
