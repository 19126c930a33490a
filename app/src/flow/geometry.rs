//! Where the flow table's symbols and arrows go: one lane per actor, one row per step, as
//! the paper SOP draws them. Pure arithmetic, tested natively; the component only renders.

use crate::core::sop::{Shape, Sop, StepNo};

/// Width of one actor lane and height of one step row, in SVG pixels. The CSS grid uses the
/// same numbers (`--lajur`, `--baris` in style/main.css) so text rows line up with the drawing.
pub const LANE: f64 = 72.0;
pub const ROW: f64 = 84.0;
const SYMBOL_W: f64 = 54.0;
const SYMBOL_H: f64 = 30.0;
/// How far a detour (skip or return) runs beside the symbols.
const DETOUR: f64 = 12.0;

#[derive(Clone, Debug, PartialEq)]
pub struct Symbol {
    pub step: StepNo,
    pub shape: Shape,
    /// Centre.
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Arrow {
    pub from: StepNo,
    pub to: StepNo,
    /// SVG path data.
    pub d: String,
    /// The branch label (decision, return, new round), if any.
    pub label: Option<String>,
    /// Where the label goes.
    pub label_at: (f64, f64),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub symbols: Vec<Symbol>,
    pub arrows: Vec<Arrow>,
}

impl Layout {
    pub fn of(sop: &Sop) -> Layout {
        let lane_of = |no: StepNo| {
            let step = sop.step(no).expect("layout of existing steps");
            sop.actors()
                .iter()
                .position(|a| a.id == step.actor)
                .unwrap_or(0)
        };
        let symbols: Vec<Symbol> = sop
            .steps()
            .iter()
            .map(|step| Symbol {
                step: step.no,
                shape: step.shape,
                x: LANE * (lane_of(step.no) as f64 + 0.5),
                y: ROW * (f64::from(step.no) - 0.5),
                w: SYMBOL_W,
                h: SYMBOL_H,
            })
            .collect();
        let at = |no: StepNo| &symbols[usize::from(no) - 1];
        let mut arrows = Vec::new();
        for step in sop.steps() {
            let from = at(step.no);
            let labelled = step
                .branches
                .iter()
                .map(|b| (b.to, Some(b.label.clone())))
                .chain(step.next.map(|to| (to, None)))
                .chain(
                    step.restart
                        .iter()
                        .map(|r| (r.to, Some(r.when.replace('_', " ")))),
                );
            for (to, label) in labelled {
                arrows.push(route(from, at(to), label));
            }
        }
        Layout {
            width: LANE * sop.actors().len() as f64,
            height: ROW * sop.steps().len() as f64,
            symbols,
            arrows,
        }
    }
}

fn route(a: &Symbol, b: &Symbol, label: Option<String>) -> Arrow {
    let (d, label_at) = if b.step == a.step + 1 {
        // Down to the row boundary, across to b's lane, down into b.
        let mid = a.y + ROW / 2.0;
        let d = if (a.x - b.x).abs() < 0.5 {
            format!("M{} {}V{}", a.x, a.y + a.h / 2.0, b.y - b.h / 2.0)
        } else {
            format!(
                "M{} {}V{}H{}V{}",
                a.x,
                a.y + a.h / 2.0,
                mid,
                b.x,
                b.y - b.h / 2.0
            )
        };
        (d, (a.x + 4.0, mid - 4.0))
    } else if b.step > a.step {
        // A skip forward: out of a's right side, down beside the lanes, into b's right side.
        let x = a.x.max(b.x) + SYMBOL_W / 2.0 + DETOUR;
        let d = format!(
            "M{} {}H{}V{}H{}",
            a.x + a.w / 2.0,
            a.y,
            x,
            b.y,
            b.x + b.w / 2.0
        );
        (d, (x + 3.0, a.y + 14.0))
    } else {
        // Back to an earlier step: out of a's left side, up, into b's left side.
        let x = (a.x.min(b.x) - SYMBOL_W / 2.0 - DETOUR).max(4.0);
        let d = format!(
            "M{} {}H{}V{}H{}",
            a.x - a.w / 2.0,
            a.y,
            x,
            b.y,
            b.x - b.w / 2.0
        );
        (d, (x + 3.0, a.y - 6.0))
    };
    Arrow {
        from: a.step,
        to: b.step,
        d,
        label,
        label_at,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_transition_has_an_arrow_and_symbols_sit_in_their_actors_lane() {
        let sop = Sop::embedded();
        let layout = Layout::of(sop);
        assert_eq!(layout.symbols.len(), 20);
        let transitions: usize = sop.steps().iter().map(|s| s.targets().count()).sum();
        assert_eq!(layout.arrows.len(), transitions);
        // Step 6 is the Kabid's: the sixth lane (Pemohon, OSS, SIINAS, Operator, Kasi, Kabid).
        assert_eq!(layout.symbols[5].x, LANE * 5.5);
        assert_eq!(layout.symbols[5].y, ROW * 5.5);
        // 9 -> 11 skips step 10 on the right; 13 -> 12 goes back on the left; 20 -> 2 restarts.
        let skip = layout
            .arrows
            .iter()
            .find(|a| (a.from, a.to) == (9, 11))
            .unwrap();
        assert!(skip
            .d
            .starts_with(&format!("M{} ", layout.symbols[8].x + 27.0)));
        let back = layout
            .arrows
            .iter()
            .find(|a| (a.from, a.to) == (13, 12))
            .unwrap();
        assert_eq!(
            back.label.as_deref(),
            Some("Kembalikan ke Kasi untuk perbaikan")
        );
        let restart = layout
            .arrows
            .iter()
            .find(|a| (a.from, a.to) == (20, 2))
            .unwrap();
        assert_eq!(restart.label.as_deref(), Some("belum efektif"));
    }
}
