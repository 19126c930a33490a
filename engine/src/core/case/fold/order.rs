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

/// A small bit set of event positions. Cases have tens to a few hundred events: the first
/// 128 positions live inline, so most sets never allocate (a fold builds one per event).
#[derive(Clone, Debug, Default)]
pub(super) struct Bits {
    low: [u64; 2],
    high: Vec<u64>,
}

impl Bits {
    fn word(&self, w: usize) -> u64 {
        match w {
            0 | 1 => self.low[w],
            _ => self.high.get(w - 2).copied().unwrap_or(0),
        }
    }

    fn word_mut(&mut self, w: usize) -> &mut u64 {
        match w {
            0 | 1 => &mut self.low[w],
            _ => {
                if self.high.len() <= w - 2 {
                    self.high.resize(w - 1, 0);
                }
                &mut self.high[w - 2]
            }
        }
    }

    pub(super) fn insert(&mut self, i: usize) {
        *self.word_mut(i / 64) |= 1 << (i % 64);
    }

    pub(super) fn contains(&self, i: usize) -> bool {
        self.word(i / 64) & (1 << (i % 64)) != 0
    }

    pub(super) fn union(&mut self, other: &Bits) {
        self.low[0] |= other.low[0];
        self.low[1] |= other.low[1];
        if self.high.len() < other.high.len() {
            self.high.resize(other.high.len(), 0);
        }
        for (a, b) in self.high.iter_mut().zip(&other.high) {
            *a |= b;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Bits;

    /// Inline and spilled words behave as one set: positions either side of 128.
    #[test]
    fn bits_hold_positions_inline_and_beyond() {
        let positions = [0, 63, 64, 127, 128, 191, 200, 640];
        let mut a = Bits::default();
        for &i in &positions[..4] {
            a.insert(i);
        }
        let mut b = Bits::default();
        for &i in &positions[4..] {
            b.insert(i);
        }
        assert!(positions[..4].iter().all(|&i| a.contains(i)));
        assert!(!a.contains(128) && !a.contains(640) && !b.contains(0));
        a.union(&b);
        for i in 0..700 {
            assert_eq!(a.contains(i), positions.contains(&i), "position {i}");
        }
    }
}
