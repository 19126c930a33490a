//! The SOP flow table's model: what is marked on it for a case (the steps done, skipped,
//! done in an earlier round, the current one, the path taken) and its drawing's geometry
//! (`geometry`). Pure: the Leptos table (`src/ui/flow`) only renders it.

mod geometry;

use std::collections::{BTreeMap, BTreeSet};

use crate::core::case::{CaseState, Position};
use crate::core::sop::{StepNo, TimeStandard};
use crate::i18n::Lang;
pub use geometry::{Arrow, Layout, Symbol, LANE, ROW};

/// What to highlight: the current round's path, the steps a branch bypassed in it, and
/// what earlier rounds did.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Marks {
    /// The current round, and whether there were earlier ones.
    pub round: u32,
    pub several_rounds: bool,
    pub done: BTreeSet<StepNo>,
    /// Passed by in this round: a branch went around them (step 10 without inspection).
    pub skipped: BTreeSet<StepNo>,
    /// Done in an earlier round and not (yet) in this one: the latest such round.
    pub earlier: BTreeMap<StepNo, u32>,
    pub current: Option<StepNo>,
    /// Transitions taken (from, to).
    pub taken: BTreeSet<(StepNo, StepNo)>,
}

/// How a step's row and symbol are marked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mark {
    Current,
    Done,
    Skipped,
    /// Done in an earlier round (its number), not yet in this one.
    Earlier(u32),
    Todo,
}

impl Mark {
    /// The CSS class of the row and the symbol.
    pub fn class(self) -> &'static str {
        match self {
            Mark::Current => "sekarang",
            Mark::Done => "selesai",
            Mark::Skipped => "dilewati",
            Mark::Earlier(_) => "sebelumnya",
            Mark::Todo => "belum",
        }
    }
}

impl Marks {
    pub fn of(state: &CaseState) -> Marks {
        let round = state.round_number();
        let path: Vec<StepNo> = state
            .path
            .iter()
            .filter(|p| p.round == round)
            .map(|p| p.step)
            .collect();
        let current = match state.position {
            Position::At(no) => Some(no),
            Position::Finished => None,
        };
        let taken = path
            .windows(2)
            .map(|w| (w[0], w[1]))
            .chain(path.last().copied().zip(current))
            .collect();
        let done: BTreeSet<StepNo> = path.iter().copied().collect();
        // Steps are numbered in the SOP's order: within the stretch this round covered, a
        // step neither done nor current was gone around by a branch.
        let first = path.iter().chain(current.iter()).min().copied();
        let last = path.iter().chain(current.iter()).max().copied();
        let skipped = match (first, last) {
            (Some(first), Some(last)) => (first..=last)
                .filter(|n| !done.contains(n) && current != Some(*n))
                .collect(),
            _ => BTreeSet::new(),
        };
        let mut earlier = BTreeMap::new();
        for p in state.path.iter().filter(|p| p.round < round) {
            if !done.contains(&p.step) && current != Some(p.step) {
                earlier.insert(p.step, p.round);
            }
        }
        Marks {
            round,
            several_rounds: round > 1,
            done,
            skipped,
            earlier,
            current,
            taken,
        }
    }

    /// How a step is marked.
    pub fn mark(&self, step: StepNo) -> Mark {
        if self.current == Some(step) {
            Mark::Current
        } else if self.done.contains(&step) {
            Mark::Done
        } else if self.skipped.contains(&step) {
            Mark::Skipped
        } else if let Some(round) = self.earlier.get(&step) {
            Mark::Earlier(*round)
        } else {
            Mark::Todo
        }
    }

    /// The words for a step's mark: "selesai", "dilewati", "selesai di putaran 1"; with
    /// the round where the case has more than one ("selesai (putaran 2)").
    pub fn words(&self, step: StepNo, lang: Lang) -> String {
        let s = &lang.strings().flow;
        let round = lang.strings().timeline.round;
        let text = match self.mark(step) {
            Mark::Current => s.state_current,
            Mark::Done => s.state_done,
            Mark::Skipped => s.state_skipped,
            Mark::Earlier(r) => return format!("{} {round} {r}", s.state_done_in),
            Mark::Todo => s.state_todo,
        };
        if self.several_rounds {
            format!("{text} ({round} {})", self.round)
        } else {
            text.to_string()
        }
    }
}

/// "15 menit", "2 jam", "1 hari kerja".
pub fn time_text(time: Option<TimeStandard>, lang: Lang) -> String {
    let s = &lang.strings().flow;
    match time {
        None => s.no_time.to_string(),
        Some(TimeStandard::Minutes(n)) => format!("{n} {}", s.minutes),
        Some(TimeStandard::Hours(n)) => format!("{n} {}", s.hours),
        Some(TimeStandard::WorkingDays(n)) => format!("{n} {}", s.working_days),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sample::Choices;
    use crate::testkit::{utc, Walk};

    const NO_INSPECTION: Choices = Choices {
        inspection: false,
        ready: true,
        return_once: false,
    };

    #[test]
    fn a_step_gone_around_by_a_branch_is_marked_skipped_not_todo() {
        let walk = Walk::open(1, utc(2025, 1, 6, 1)).to(12, NO_INSPECTION);
        let marks = Marks::of(walk.case.state());
        assert_eq!(marks.mark(9), Mark::Done);
        assert_eq!(marks.mark(10), Mark::Skipped);
        assert_eq!(marks.words(10, Lang::Id), "dilewati");
        assert_eq!(marks.mark(11), Mark::Done);
        assert_eq!(marks.mark(12), Mark::Current);
        assert_eq!(marks.mark(13), Mark::Todo);
        let finished = Marks::of(walk.finish(NO_INSPECTION).case.state());
        assert_eq!(finished.mark(10), Mark::Skipped);
        assert_eq!(finished.mark(20), Mark::Done);
        assert_eq!(finished.words(20, Lang::Id), "selesai");
    }

    #[test]
    fn a_second_round_shows_the_first_rounds_steps_as_done_in_round_one() {
        let not_ready = Choices {
            inspection: true,
            ready: false,
            return_once: false,
        };
        // Round 1 ends belum efektif at step 20; round 2 starts again at step 2.
        let mut walk = Walk::open(3, utc(2025, 1, 6, 1));
        while walk.case.state().round_number() < 2 {
            walk.step(chrono::Duration::hours(1), not_ready);
        }
        let walk = walk.to(4, not_ready);
        let marks = Marks::of(walk.case.state());
        assert_eq!(marks.round, 2);
        assert_eq!(marks.mark(1), Mark::Earlier(1));
        assert_eq!(marks.words(1, Lang::Id), "selesai di putaran 1");
        assert_eq!(marks.mark(2), Mark::Done);
        assert_eq!(marks.words(2, Lang::Id), "selesai (putaran 2)");
        assert_eq!(marks.mark(4), Mark::Current);
        assert_eq!(marks.words(4, Lang::Id), "langkah saat ini (putaran 2)");
        assert_eq!(marks.mark(5), Mark::Earlier(1));
        assert_eq!(marks.mark(20), Mark::Earlier(1));
        assert!(marks.skipped.is_empty());
    }
}
