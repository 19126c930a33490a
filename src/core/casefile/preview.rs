//! What importing a (read and checked) file would do, case by case, before anything is
//! stored: the person confirms, then the storage layer commits every merged case at once.

use std::collections::HashSet;

use super::read::case_ref;
use super::{CaseFile, ImportError};
use crate::core::case::{Case, CaseId, EventBody, ReplayError};
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
}

impl Preview {
    /// A refused case blocks the import: the file is taken whole or not at all.
    pub fn is_blocked(&self) -> bool {
        self.refusals().next().is_some()
    }

    pub fn refusals(&self) -> impl Iterator<Item = &ImportError> {
        self.rows.iter().filter_map(|r| match &r.kind {
            RowKind::Refused(e) => Some(e),
            _ => None,
        })
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
                        Err(ReplayError::Integrity(event)) => (
                            RowKind::Refused(ImportError::Integrity {
                                case: case_ref(fc),
                                event,
                            }),
                            None,
                        ),
                        Err(error) => (
                            RowKind::Refused(ImportError::Merge {
                                case: case_ref(fc),
                                error,
                            }),
                            None,
                        ),
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
            let nib = fc
                .events
                .iter()
                .find_map(|e| match &e.body {
                    EventBody::Opened { identity, .. } => {
                        Some(identity.nib.chars().take(40).collect())
                    }
                    _ => None,
                })
                .unwrap_or_default();
            PreviewRow {
                id: fc.id.clone(),
                company: named.company,
                nib,
                kind,
                after,
            }
        })
        .collect();
    Preview { rows }
}
