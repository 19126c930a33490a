//! What importing a (read and checked) file would do, case by case, before anything is
//! stored: the person confirms, then the storage layer commits every merged case at once.

use std::collections::HashSet;

use super::read::case_ref;
use super::{CaseFile, ImportError};
use crate::core::case::{Case, CaseId, EventPlace, OfficeId, ReplayError};
use crate::core::offices::NamedOffice;
use crate::core::register::{DuplicateNumber, Register, RegisterRow};
use crate::core::sop::Sop;

#[derive(Clone, Debug, PartialEq)]
pub enum RowKind {
    /// Not in this store yet.
    New,
    /// The store already has exactly these events.
    Identical,
    /// The store has every event of the file and `only_here` more: nothing to import.
    Older { only_here: usize },
    /// The file adds `new_events` events; the merged case has no open conflict.
    Merge { new_events: usize },
    /// The file adds `new_events`; the merged case has `conflicts` open conflicts, which
    /// someone with the step's role must resolve.
    Conflict { new_events: usize, conflicts: usize },
    /// This case cannot be imported; the whole import is blocked.
    Refused(ImportError),
}

impl RowKind {
    /// How soon a person should look at the row: refusals, then conflicts, merges and new
    /// cases; rows that change nothing last.
    fn attention(&self) -> u8 {
        match self {
            RowKind::Refused(_) => 0,
            RowKind::Conflict { .. } => 1,
            RowKind::Merge { .. } => 2,
            RowKind::New => 3,
            RowKind::Older { .. } | RowKind::Identical => 4,
        }
    }
}

/// How many rows of each kind a preview has.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct RowCounts {
    pub new: usize,
    /// Identical or older: nothing to import.
    pub unchanged: usize,
    pub merge: usize,
    pub conflict: usize,
    pub refused: usize,
}

/// One case of the file.
#[derive(Clone, Debug, PartialEq)]
pub struct PreviewRow {
    pub id: CaseId,
    pub company: String,
    pub nib: String,
    pub kind: RowKind,
    /// The case as it would be stored (new or merged); `None` when nothing changes.
    after: Option<Case>,
}

impl PreviewRow {
    pub fn case_after(&self) -> Option<&Case> {
        self.after.as_ref()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Preview {
    /// In the file's order.
    pub rows: Vec<PreviewRow>,
    /// The copy that exported the file.
    pub exporter: OfficeId,
    /// The names of copies the file gives (`CaseFile::named_offices`), for the store to
    /// learn with the cases.
    pub offices: Vec<NamedOffice>,
}

impl Preview {
    /// A refused case blocks the import: the file is taken whole or not at all.
    pub fn is_blocked(&self) -> bool {
        self.refusals().next().is_some()
    }

    /// Row positions, the rows that need attention first and otherwise in file order, so a
    /// problem in a long file is not lost among the new cases.
    pub fn attention_order(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.rows.len()).collect();
        order.sort_by_key(|&i| self.rows[i].kind.attention());
        order
    }

    pub fn counts(&self) -> RowCounts {
        let mut counts = RowCounts::default();
        for row in &self.rows {
            let count = match row.kind {
                RowKind::New => &mut counts.new,
                RowKind::Identical | RowKind::Older { .. } => &mut counts.unchanged,
                RowKind::Merge { .. } => &mut counts.merge,
                RowKind::Conflict { .. } => &mut counts.conflict,
                RowKind::Refused(_) => &mut counts.refused,
            };
            *count += 1;
        }
        counts
    }

    pub fn refusals(&self) -> impl Iterator<Item = &ImportError> {
        self.rows.iter().filter_map(|r| match &r.kind {
            RowKind::Refused(e) => Some(e),
            _ => None,
        })
    }

    /// Agenda numbers the import would leave on more than one letter and that `stored`
    /// (the register before the import) does not already hold as often: the same number
    /// given by two copies that number alike. Counted and shown before the import, never
    /// silently let in.
    pub fn agenda_duplicates(&self, stored: &Register) -> Vec<DuplicateNumber> {
        let changed: HashSet<&CaseId> = self
            .rows
            .iter()
            .filter(|r| r.after.is_some())
            .map(|r| &r.id)
            .collect();
        if changed.is_empty() {
            return Vec::new();
        }
        let mut rows: Vec<RegisterRow> = stored
            .rows()
            .iter()
            .filter(|r| !changed.contains(&r.case))
            .cloned()
            .collect();
        for case in self.rows.iter().filter_map(|r| r.after.as_ref()) {
            let state = case.state();
            rows.extend(state.letters.iter().map(|l| RegisterRow {
                entry: l.entry.clone(),
                case: state.id.clone(),
                company: state.identity.company.clone(),
                round: l.round,
                step: l.step,
            }));
        }
        let before = stored.duplicates();
        Register::new(rows)
            .duplicates()
            .into_iter()
            .filter(|d| {
                !before.iter().any(|b| {
                    b.direction == d.direction
                        && b.year == d.year
                        && b.number == d.number
                        && b.letters.len() >= d.letters.len()
                })
            })
            .collect()
    }

    /// Cases the import changes, new or merged, for the store to commit in one transaction.
    /// Empty when the import is blocked (nothing changes), or when nothing is new.
    pub fn cases_to_commit(self) -> Vec<Case> {
        if self.is_blocked() {
            return Vec::new();
        }
        self.rows.into_iter().filter_map(|r| r.after).collect()
    }
}

/// One row per case of `file`: new, identical, older, merged, or merged with open
/// conflicts. `existing` looks a case up in the store. Takes the file so that the cases
/// `read` rebuilt move into the rows instead of being copied (a 1,000-case file holds
/// some 25,000 events).
pub fn preview(
    mut file: CaseFile,
    sop: &Sop,
    existing: impl Fn(&CaseId) -> Option<Case>,
) -> Preview {
    let mut checked = file.take_checked();
    let rows = file
        .cases
        .iter()
        .enumerate()
        .map(|(i, fc)| {
            let (kind, after) = match existing(&fc.id) {
                None => match checked[i].take() {
                    Some(case) => (RowKind::New, Some(case)),
                    None => match super::read::replay(fc, sop, &file.sop) {
                        Ok(case) => (RowKind::New, Some(case)),
                        Err(e) => (RowKind::Refused(e), None),
                    },
                },
                Some(mine) => {
                    let known: HashSet<_> = mine.events().iter().map(|e| &e.id).collect();
                    let new_events = fc.events.iter().filter(|e| !known.contains(&e.id)).count();
                    match mine.merge(sop, &fc.events) {
                        Err(error) => {
                            let place = error.event().map_or(EventPlace::Unknown, |id| {
                                match EventPlace::find(&fc.events, id) {
                                    EventPlace::Unknown => EventPlace::find(mine.events(), id),
                                    found => found,
                                }
                            });
                            let case = case_ref(fc);
                            let refusal = match error {
                                ReplayError::Integrity(event) => {
                                    ImportError::Integrity { case, event, place }
                                }
                                error => ImportError::Merge {
                                    case,
                                    error: Box::new(error),
                                    place,
                                },
                            };
                            (RowKind::Refused(refusal), None)
                        }
                        Ok(_) if new_events == 0 => {
                            let only_here = mine.events().len().saturating_sub(fc.events.len());
                            if only_here == 0 {
                                (RowKind::Identical, None)
                            } else {
                                (RowKind::Older { only_here }, None)
                            }
                        }
                        Ok(merged) => {
                            let conflicts = merged.state().conflicts.len();
                            let kind = if conflicts == 0 {
                                RowKind::Merge { new_events }
                            } else {
                                RowKind::Conflict {
                                    new_events,
                                    conflicts,
                                }
                            };
                            (kind, Some(merged))
                        }
                    }
                }
            };
            let named = case_ref(fc);
            PreviewRow {
                id: fc.id.clone(),
                company: named.company,
                nib: named.nib,
                kind,
                after,
            }
        })
        .collect();
    Preview {
        rows,
        exporter: file.office.id.clone(),
        offices: file.named_offices(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(n: u32, kind: RowKind) -> PreviewRow {
        PreviewRow {
            id: CaseId(format!("kasus-{n}")),
            company: format!("PT {n}"),
            nib: String::new(),
            kind,
            after: None,
        }
    }

    #[test]
    fn problems_come_first_then_file_order() {
        let refused = RowKind::Refused(ImportError::ContentHash);
        let preview = Preview {
            exporter: OfficeId::from("kantor"),
            offices: Vec::new(),
            rows: vec![
                row(0, RowKind::Identical),
                row(1, RowKind::New),
                row(2, RowKind::Merge { new_events: 2 }),
                row(3, RowKind::New),
                row(4, RowKind::Older { only_here: 1 }),
                row(5, refused),
                row(
                    6,
                    RowKind::Conflict {
                        new_events: 1,
                        conflicts: 1,
                    },
                ),
                row(7, RowKind::Merge { new_events: 1 }),
            ],
        };
        assert_eq!(preview.attention_order(), vec![5, 6, 2, 7, 1, 3, 0, 4]);
        assert_eq!(
            preview.counts(),
            RowCounts {
                new: 2,
                unchanged: 2,
                merge: 2,
                conflict: 1,
                refused: 1
            }
        );
    }
}
