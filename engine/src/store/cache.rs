//! The last few cases loaded in full, with the record each came from: a case shown again,
//! or acted on, is not decompressed and replayed again while its record is unchanged.

use std::collections::VecDeque;

use crate::core::case::{Case, CaseId};

const CAPACITY: usize = 8;

#[derive(Default)]
pub struct Cache {
    /// Most recently used last.
    entries: VecDeque<(CaseId, String, Case)>,
}

impl Cache {
    /// The case, if cached from exactly `record`.
    pub fn get(&mut self, id: &CaseId, record: &str) -> Option<&Case> {
        let i = self.entries.iter().position(|(c, _, _)| c == id)?;
        if self.entries[i].1 != record {
            return None;
        }
        let entry = self.entries.remove(i).expect("found");
        self.entries.push_back(entry);
        self.entries.back().map(|(_, _, case)| case)
    }

    /// The cached case whatever its record: what this store last knew in full.
    pub fn known(&self, id: &CaseId) -> Option<&Case> {
        self.entries
            .iter()
            .find(|(c, _, _)| c == id)
            .map(|(_, _, case)| case)
    }

    pub fn put(&mut self, record: String, case: Case) {
        self.remove(case.id());
        if self.entries.len() == CAPACITY {
            self.entries.pop_front();
        }
        self.entries.push_back((case.id().clone(), record, case));
    }

    pub fn remove(&mut self, id: &CaseId) {
        self.entries.retain(|(c, _, _)| c != id);
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}
