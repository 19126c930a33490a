//! The SOP flow table, drawn as the paper SOP draws it: one lane per actor, a symbol per
//! step (oval start/end, rectangle activity, diamond decision), arrows between them; with
//! the steps done, the current step and the path taken marked. On narrow screens the
//! stylesheet shows the same rows as a vertical list instead of the drawing.

mod geometry;

use std::collections::{BTreeMap, BTreeSet};

use leptos::prelude::*;

use crate::core::case::{CaseState, Position};
use crate::core::sop::{Shape, Sop, StepNo, TimeStandard};
use crate::i18n::Lang;
pub use geometry::{Layout, LANE, ROW};

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

#[component]
pub fn FlowTable(
    #[prop(into)] sop: Signal<Sop>,
    #[prop(into)] marks: Signal<Marks>,
    #[prop(into)] lang: Signal<Lang>,
) -> impl IntoView {
    let layout = Memo::new(move |_| Layout::of(&sop.get()));
    let s = move || lang.get().strings();
    let header = move || {
        let sop = sop.get();
        let s = s();
        view! {
            <div class="alur-kepala" role="row">
                <span role="columnheader">{s.flow.no}</span>
                <span role="columnheader">{s.flow.activity}</span>
                <span role="columnheader" class="alur-pelaksana">
                    {sop.actors().iter().map(|a| view! { <span title=a.name.clone()>{a.short.clone()}</span> }).collect_view()}
                </span>
                <span role="columnheader">{s.flow.quality}</span>
            </div>
        }
    };
    // The rows and the drawing are built per SOP and language; a step done only changes
    // the classes and words that `marks` drives, never rebuilds the table.
    let rows =
        move || {
            let sop = sop.get();
            let lang = lang.get();
            sop.steps()
            .iter()
            .map(|step| {
                let no = step.no;
                let actor = sop.actor(&step.actor).map(|a| a.short.clone()).unwrap_or_default();
                let state = move || marks.with(|m| m.mark(no).class());
                let state_text = move || marks.with(|m| m.words(no, lang));
                view! {
                    <div class=move || format!("alur-baris {}", state()) role="row" data-langkah=no>
                        <span class="alur-no" role="cell">{no}</span>
                        <span class="alur-uraian" role="cell">
                            {step.activity.clone()}
                            <span class="alur-aktor">{actor}</span>
                            <span class="alur-keadaan">{state_text}</span>
                        </span>
                        <span class="alur-mutu" role="cell">
                            <span>{step.inputs.join(", ")}</span>
                            <span class="alur-waktu">{time_text(step.time, lang)}</span>
                            <span>"→ "{step.output.join(", ")}</span>
                            {step.note.clone().map(|n| view! { <span class="alur-ket">{n}</span> })}
                        </span>
                    </div>
                }
            })
            .collect_view()
        };
    let drawing = move || {
        let layout = layout.get();
        let arrows = layout
            .arrows
            .iter()
            .map(|a| {
                let edge = (a.from, a.to);
                let class = move || {
                    if marks.with(|m| m.taken.contains(&edge)) {
                        "panah diambil"
                    } else {
                        "panah"
                    }
                };
                let label = a.label.clone().map(|text| {
                    view! { <text class="label-cabang" x=a.label_at.0 y=a.label_at.1>{text}</text> }
                });
                view! {
                    <path class=class d=a.d.clone() marker-end="url(#ujung)"></path>
                    {label}
                }
            })
            .collect_view();
        let symbols = layout
            .symbols
            .iter()
            .map(|sym| {
                let step = sym.step;
                let class = move || format!("simbol {}", marks.with(|m| m.mark(step).class()));
                let (x, y, w, h) = (sym.x, sym.y, sym.w, sym.h);
                let shape = match sym.shape {
                    Shape::Start | Shape::End => view! {
                        <rect x=x - w / 2.0 y=y - h / 2.0 width=w height=h rx=h / 2.0></rect>
                    }
                    .into_any(),
                    Shape::Activity => view! {
                        <rect x=x - w / 2.0 y=y - h / 2.0 width=w height=h rx=2></rect>
                    }
                    .into_any(),
                    Shape::Decision => view! {
                        <polygon points=format!(
                            "{},{} {},{} {},{} {},{}",
                            x, y - h / 2.0 - 6.0, x + w / 2.0, y, x, y + h / 2.0 + 6.0, x - w / 2.0, y
                        )></polygon>
                    }
                    .into_any(),
                };
                view! {
                    <g class=class>
                        {shape}
                        <text x=x y=y + 4.0 text-anchor="middle">{sym.step}</text>
                    </g>
                }
            })
            .collect_view();
        view! {
            <svg
                class="alur-gambar"
                width=layout.width
                height=layout.height
                viewBox=format!("0 0 {} {}", layout.width, layout.height)
                aria-hidden="true"
            >
                <defs>
                    <marker id="ujung" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0L10 5L0 10z"></path>
                    </marker>
                </defs>
                {arrows}
                {symbols}
            </svg>
        }
    };
    view! {
        <div class="alur" role="table" aria-label=move || s().flow.label>
            {header}
            <div class="alur-badan">
                {rows}
                {drawing}
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::sample::Choices;
    use crate::ui::testkit::{utc, Walk};

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
