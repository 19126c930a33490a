//! The corrections of one record (rule 5 in `fold`): walked level by level from the
//! record, as rule 3 walks records, except that corrections in play with the same values
//! stand together instead of conflicting.

use super::{Folder, Node};
use crate::core::case::event::{Event, EventBody};
use crate::core::case::step_data::StepData;
use crate::core::register::LetterEntry;

/// What the corrections of a record come to.
#[derive(Default)]
pub(super) struct Walk {
    /// Corrections in effect, in history order.
    pub in_effect: Vec<usize>,
    /// The correction whose values stand (the one applied at the last level).
    pub latest: Option<usize>,
    /// Per level in conflict: the applied correction, those in play with other values,
    /// and every correction in play there.
    pub conflicts: Vec<(usize, Vec<usize>, Vec<usize>)>,
    /// The resolutions between corrections that stand.
    pub standing: Vec<usize>,
}

/// The values a correction gives its record.
fn values(event: &Event) -> Option<(&StepData, Option<&LetterEntry>)> {
    match &event.body {
        EventBody::StepCorrected { data, letter, .. } => Some((data, letter.as_deref())),
        _ => None,
    }
}

impl Folder {
    /// The corrections of `record` (a position) in the whole history. `events`: by position.
    pub(super) fn corrections_of(&self, record: usize, events: &[&Event]) -> Walk {
        let mut walk = Walk::default();
        if self.fixes[record].is_empty() {
            return walk;
        }
        // The corrections (or the record) whose values stand at this level.
        let mut group = vec![record];
        loop {
            let mut standing: Vec<usize> = Vec::new();
            for &r in &self.fix_resolutions[record] {
                let Node::Resolution { at, .. } = self.nodes[r] else {
                    continue;
                };
                if group.contains(&at) && standing.iter().all(|&s| self.ancestors[r].contains(s)) {
                    standing.push(r);
                }
            }
            let resolution = |r: usize| match &self.nodes[r] {
                Node::Resolution { keep, discard, .. } => Some((*keep, discard.as_slice())),
                _ => None,
            };
            let set_aside = |c: usize| {
                standing
                    .iter()
                    .any(|&r| resolution(r).is_some_and(|(_, discard)| discard.contains(&c)))
            };
            let candidates: Vec<usize> = self.fixes[record]
                .iter()
                .copied()
                .filter(|&c| {
                    matches!(self.nodes[c], Node::Correction { parent, .. } if group.contains(&parent))
                        && !set_aside(c)
                })
                .collect();
            walk.standing.extend(&standing);
            let Some(&first) = candidates.first() else {
                break;
            };
            let applied = standing
                .last()
                .and_then(|&r| resolution(r))
                .map(|(keep, _)| keep)
                .filter(|k| candidates.contains(k))
                .unwrap_or(first);
            let value = values(events[applied]);
            let (same, others): (Vec<usize>, Vec<usize>) = candidates
                .iter()
                .partition(|&&c| values(events[c]) == value);
            if !others.is_empty() {
                walk.conflicts.push((applied, others, candidates.clone()));
            }
            walk.in_effect.extend(&same);
            walk.latest = Some(applied);
            group = same;
        }
        // Positions are history order.
        walk.in_effect.sort_unstable();
        walk
    }
}
